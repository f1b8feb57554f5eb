using AutoDiag.Knowledge.Invitations;
using AutoDiag.Knowledge.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AutoDiag.Bot.Tests.Support;

/// <summary>Joining a démarche that already has participants: with an invitation code.</summary>
public static class Invitations
{
    public const string AdministratorId = "aad-test-administrator";

    /// <summary>
    /// A code created through the service by an administrator of the demo intercommunalité (added on first use),
    /// shown as the bot shows it (« K7P4-QX9M »).
    /// </summary>
    public static async Task<string> CreateInvitationCodeAsync(this BotTestHost host, ParticipantRole role, params string[] communeNames)
    {
        var participants = host.Services.GetRequiredService<ParticipantDirectory>();
        var administrator = await participants.FindAsync(AdministratorId);
        List<int> communeIds;
        await using (var db = host.OpenDatabase())
        {
            if (administrator is null)
            {
                db.Participants.Add(new Participant
                {
                    ChannelUserId = AdministratorId,
                    DisplayName = "Administrateur des tests",
                    Role = ParticipantRole.Administrator,
                    IntercommunalityId = await db.Intercommunalities.Where(i => i.Name == "CC Flandre Lys").Select(i => i.Id).SingleAsync(),
                });
                await db.SaveChangesAsync();
            }
            var byName = await db.Communes.ToDictionaryAsync(c => c.Name, c => c.Id);
            communeIds = communeNames.Select(name => byName[name]).ToList();
        }
        administrator ??= (await participants.FindAsync(AdministratorId))!;

        var invitation = await host.Services.GetRequiredService<InvitationService>().CreateAsync(administrator, role, communeIds);
        return InvitationCode.Format(invitation.Code);
    }

    /// <summary>
    /// Plays the first contact of someone invited (« bonjour », then the code) on a database that already has
    /// participants; returns the replies to the code, which start the interview.
    /// </summary>
    public static async Task<IReadOnlyList<BotReply>> InviteAsync(this TestConversation conversation, BotTestHost host, ParticipantRole role, params string[] communeNames)
    {
        var code = await host.CreateInvitationCodeAsync(role, communeNames);
        await conversation.SayAsync("bonjour");
        return await conversation.SayAsync(code);
    }
}
