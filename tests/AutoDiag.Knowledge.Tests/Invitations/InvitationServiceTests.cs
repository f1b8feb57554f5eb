using AutoDiag.Knowledge.Invitations;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Territories;
using AutoDiag.Knowledge.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Tests.Invitations;

public sealed class InvitationServiceTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));
    private InvitationService invitations = null!;
    private ParticipantDirectory directory = null!;
    private Dictionary<string, int> communes = null!;
    private int flandreLys;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        directory = new ParticipantDirectory(database.Factory, clock);
        invitations = new InvitationService(database.Factory, directory, new InvitationOptions { ValidFor = TimeSpan.FromDays(7) }, clock);
        await using var db = database.Open();
        communes = await db.Communes.ToDictionaryAsync(c => c.Name, c => c.Id);
        flandreLys = await db.Intercommunalities.Select(i => i.Id).SingleAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_consultant_invites_an_elu_who_redeems_the_code_once()
    {
        var consultant = await AddParticipantAsync("aad-consultant", ParticipantRole.Consultant);

        var invitation = await invitations.CreateAsync(consultant, ParticipantRole.Elu, [communes["Merville"], communes["Estaires"]]);
        var redemption = await invitations.RedeemAsync("aad-elu", "Paul Martin", invitation.Code);

        Assert.True(redemption.Succeeded);
        var elu = redemption.Participant!;
        Assert.Equal(ParticipantRole.Elu, elu.Role);
        Assert.Equal(["Merville", "Estaires"], elu.Communes.Select(c => c.Name));
        Assert.Equal(flandreLys, elu.IntercommunalityId);
        Assert.Equal("Paul Martin", elu.DisplayName);
        Assert.Equal(clock.GetUtcNow().UtcDateTime.AddDays(7), invitation.ExpiresAt);
        await using var db = database.Open();
        var saved = await db.Invitations.SingleAsync();
        Assert.Equal(elu.Id, saved.RedeemedByParticipantId);
        Assert.Equal(clock.GetUtcNow().UtcDateTime, saved.RedeemedAt);
    }

    [Fact]
    public async Task An_expired_code_enrols_nobody()
    {
        var consultant = await AddParticipantAsync("aad-consultant", ParticipantRole.Consultant);
        var invitation = await invitations.CreateAsync(consultant, ParticipantRole.Elu, [communes["Merville"]]);

        clock.Advance(TimeSpan.FromDays(7));
        var redemption = await invitations.RedeemAsync("aad-elu", null, invitation.Code);

        Assert.Equal(RedemptionFailure.Expired, redemption.Failure);
        Assert.Null(await directory.FindAsync("aad-elu"));
    }

    [Fact]
    public async Task A_code_just_before_its_expiry_still_works()
    {
        var consultant = await AddParticipantAsync("aad-consultant", ParticipantRole.Consultant);
        var invitation = await invitations.CreateAsync(consultant, ParticipantRole.SecretaireDeMairie, [communes["Merville"]]);

        clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));

        Assert.True((await invitations.RedeemAsync("aad-secretaire", null, invitation.Code)).Succeeded);
    }

    [Fact]
    public async Task A_code_serves_once()
    {
        var consultant = await AddParticipantAsync("aad-consultant", ParticipantRole.Consultant);
        var invitation = await invitations.CreateAsync(consultant, ParticipantRole.Elu, [communes["Merville"]]);
        await invitations.RedeemAsync("aad-first", null, invitation.Code);

        var second = await invitations.RedeemAsync("aad-second", null, invitation.Code);

        Assert.Equal(RedemptionFailure.AlreadyUsed, second.Failure);
        Assert.Null(await directory.FindAsync("aad-second"));
    }

    [Fact]
    public async Task A_registered_consultant_invited_as_consultant_of_another_intercommunality_follows_it_too()
    {
        int hautAllier;
        await using (var db = database.Open())
        {
            var other = new Intercommunality { Name = "CC du Haut Allier", Communes = [new Commune { Name = "Langogne" }] };
            db.Intercommunalities.Add(other);
            await db.SaveChangesAsync();
            hautAllier = other.Id;
        }
        var consultant = await AddParticipantAsync("aad-consultant", ParticipantRole.Consultant);
        var administratorThere = (await AddParticipantAsync("aad-admin", ParticipantRole.Administrator)) with { IntercommunalityId = hautAllier };
        var invitation = await invitations.CreateAsync(administratorThere, ParticipantRole.Consultant, [], intercommunalityId: hautAllier);

        var redemption = await invitations.RedeemAsync("aad-consultant", null, invitation.Code);

        Assert.True(redemption.Succeeded);
        Assert.True(redemption.Participant!.Follows(flandreLys));
        Assert.True(redemption.Participant.Follows(hautAllier));
        Assert.Equal(ParticipantRole.Consultant, redemption.Participant.Role);
        Assert.Equal(RedemptionFailure.AlreadyUsed, (await invitations.RedeemAsync("aad-consultant", null, invitation.Code)).Failure);
    }

    [Fact]
    public async Task A_registered_participant_keeps_their_role_and_the_code_stays_unused()
    {
        var consultant = await AddParticipantAsync("aad-consultant", ParticipantRole.Consultant);
        var invitation = await invitations.CreateAsync(consultant, ParticipantRole.Consultant, []);

        var redemption = await invitations.RedeemAsync("aad-consultant", null, invitation.Code);

        Assert.Equal(RedemptionFailure.AlreadyRegistered, redemption.Failure);
        await using var db = database.Open();
        Assert.Null((await db.Invitations.SingleAsync()).RedeemedByParticipantId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("bonjour")]
    [InlineData("ABCD-EFGH")]
    public async Task An_unknown_code_is_unknown(string typed)
    {
        Assert.Equal(RedemptionFailure.Unknown, (await invitations.RedeemAsync("aad-x", null, typed)).Failure);
    }

    [Fact]
    public async Task Only_an_administrator_invites_an_administrator()
    {
        var consultant = await AddParticipantAsync("aad-consultant", ParticipantRole.Consultant);
        var administrator = await AddParticipantAsync("aad-admin", ParticipantRole.Administrator);

        var refused = await Assert.ThrowsAsync<InvitationRefusedException>(() => invitations.CreateAsync(consultant, ParticipantRole.Administrator, []));
        var invitation = await invitations.CreateAsync(administrator, ParticipantRole.Administrator, []);

        Assert.Equal(InvitationRefusal.RoleNotAllowed, refused.Reason);
        var redeemed = (await invitations.RedeemAsync("aad-new-admin", null, invitation.Code)).Participant!;
        Assert.Equal(ParticipantRole.Administrator, redeemed.Role);
        Assert.Equal(flandreLys, redeemed.IntercommunalityId);
    }

    [Theory]
    [InlineData(ParticipantRole.Elu)]
    [InlineData(ParticipantRole.SecretaireDeMairie)]
    public async Task Elus_and_secretaires_cannot_invite(ParticipantRole role)
    {
        var elu = await AddParticipantAsync("aad-elu", role, communes["Merville"]);

        var refused = await Assert.ThrowsAsync<InvitationRefusedException>(() => invitations.CreateAsync(elu, ParticipantRole.Elu, [communes["Merville"]]));

        Assert.Equal(InvitationRefusal.NotAllowedToInvite, refused.Reason);
    }

    [Fact]
    public async Task A_consultant_cannot_invite_for_an_intercommunality_they_do_not_follow()
    {
        int otherCommune;
        await using (var db = database.Open())
        {
            var other = new Intercommunality { Name = "CC du Haut Allier", Communes = [new Commune { Name = "Langogne" }] };
            db.Intercommunalities.Add(other);
            await db.SaveChangesAsync();
            otherCommune = other.Communes[0].Id;
        }
        var consultant = await AddParticipantAsync("aad-consultant", ParticipantRole.Consultant);

        var refused = await Assert.ThrowsAsync<InvitationRefusedException>(() => invitations.CreateAsync(consultant, ParticipantRole.Elu, [otherCommune]));

        Assert.Equal(InvitationRefusal.IntercommunalityNotFollowed, refused.Reason);
        await using var check = database.Open();
        Assert.Empty(await check.Invitations.ToListAsync());
    }

    [Fact]
    public async Task An_elu_invitation_needs_a_commune()
    {
        var consultant = await AddParticipantAsync("aad-consultant", ParticipantRole.Consultant);

        var refused = await Assert.ThrowsAsync<InvitationRefusedException>(() => invitations.CreateAsync(consultant, ParticipantRole.Elu, []));

        Assert.Equal(InvitationRefusal.CommunesRequired, refused.Reason);
    }

    [Fact]
    public async Task Codes_have_eight_unambiguous_characters_and_are_read_whatever_the_case_and_dash()
    {
        var consultant = await AddParticipantAsync("aad-consultant", ParticipantRole.Consultant);
        var codes = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            codes.Add((await invitations.CreateAsync(consultant, ParticipantRole.Elu, [communes["Merville"]])).Code);
        }

        Assert.All(codes, code => Assert.Matches("^[A-HJKMNP-Z2-9]{8}$", code));
        Assert.Equal(codes.Count, codes.Distinct().Count());
        var shown = InvitationCode.Format(codes[0]);
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}$", shown);
        Assert.True((await invitations.RedeemAsync("aad-a", null, shown.ToLowerInvariant())).Succeeded);
        Assert.True((await invitations.RedeemAsync("aad-b", null, codes[1].ToLowerInvariant())).Succeeded);
        Assert.True((await invitations.RedeemAsync("aad-c", null, $" {InvitationCode.Format(codes[2])} ")).Succeeded);
    }

    [Theory]
    [InlineData("k7p4qx9m", "K7P4QX9M")]
    [InlineData("K7P4-QX9M", "K7P4QX9M")]
    [InlineData("k7p4 qx9m", "K7P4QX9M")]
    [InlineData("K7P4-QX9", null)]
    [InlineData("K7P4-QX9O", null)]
    [InlineData("I1L0-QX9M", null)]
    public void Typed_codes_are_normalized(string typed, string? expected) =>
        Assert.Equal(expected, InvitationCode.Normalize(typed));

    private async Task<ParticipantProfile> AddParticipantAsync(string channelUserId, ParticipantRole role, params int[] communeIds)
    {
        await using (var db = database.Open())
        {
            db.Participants.Add(new Participant
            {
                ChannelUserId = channelUserId,
                Role = role,
                IntercommunalityId = flandreLys,
                Communes = communeIds.Select((id, index) => new ParticipantCommune { CommuneId = id, Position = index }).ToList(),
            });
            await db.SaveChangesAsync();
        }
        return (await directory.FindAsync(channelUserId))!;
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset now = now;

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
