using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Tests.Answers;

public sealed class RiskLevelChangeServiceTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private RiskLevelChangeService changes = null!;
    private ParticipantDirectory directory = null!;
    private int intercommunalityId;
    private int merville;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        changes = new RiskLevelChangeService(database.Factory, TimeProvider.System);
        directory = new ParticipantDirectory(database.Factory, TimeProvider.System);
        await using var db = database.Open();
        merville = await db.Communes.Where(c => c.Name == "Merville").Select(c => c.Id).SingleAsync();
        intercommunalityId = (await db.Intercommunalities.SingleAsync()).Id;
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task The_respondent_changes_the_level_and_the_reason_stays()
    {
        var elu = await Register("aad-elu", ParticipantRole.Elu);
        await AddRisk(elu.Id, typedBy: null);

        Assert.Equal(RiskLevelChangeService.Outcome.Changed, await changes.ChangeAsync(elu, elu.Id, merville, "mobilite", RiskLevel.Faible));
        Assert.Equal(RiskLevelChangeService.Outcome.AlreadyThatLevel, await changes.ChangeAsync(elu, elu.Id, merville, "mobilite", RiskLevel.Faible));

        await using var db = database.Open();
        var risk = await db.RiskAssessments.SingleAsync();
        Assert.Equal((RiskLevel.Faible, "le car passe deux fois par jour"), (risk.Level, risk.Comment));
    }

    [Fact]
    public async Task Whoever_typed_it_for_an_elu_changes_it()
    {
        var elu = await Register("aad-elu", ParticipantRole.Elu);
        var secretaire = await Register("aad-secretaire", ParticipantRole.SecretaireDeMairie);
        await AddRisk(elu.Id, typedBy: secretaire.Id);

        Assert.Equal(RiskLevelChangeService.Outcome.Changed, await changes.ChangeAsync(secretaire, elu.Id, merville, "mobilite", RiskLevel.Modere));

        await using var db = database.Open();
        Assert.Equal(RiskLevel.Modere, (await db.RiskAssessments.SingleAsync()).Level);
    }

    [Theory]
    [InlineData(ParticipantRole.Elu)]
    [InlineData(ParticipantRole.Consultant)]
    public async Task Nobody_else_changes_it_nor_a_risk_level_that_does_not_exist(ParticipantRole role)
    {
        var elu = await Register("aad-elu", ParticipantRole.Elu);
        await AddRisk(elu.Id, typedBy: null);
        var someoneElse = await Register("aad-other", role);

        Assert.Equal(RiskLevelChangeService.Outcome.NotFound, await changes.ChangeAsync(someoneElse, elu.Id, merville, "mobilite", RiskLevel.Faible));
        Assert.Equal(RiskLevelChangeService.Outcome.NotFound, await changes.ChangeAsync(elu, elu.Id, merville, "logement", RiskLevel.Faible));
        Assert.Equal(RiskLevelChangeService.Outcome.NotFound, await changes.ChangeAsync(elu, someoneElse.Id, merville, "mobilite", RiskLevel.Faible));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => changes.ChangeAsync(elu, elu.Id, merville, "mobilite", (RiskLevel)7));

        await using var db = database.Open();
        Assert.Equal(RiskLevel.Eleve, (await db.RiskAssessments.SingleAsync()).Level);
    }

    private async Task AddRisk(int participantId, int? typedBy)
    {
        await using var db = database.Open();
        db.RiskAssessments.Add(new RiskAssessment
        {
            CommuneId = merville, ParticipantId = participantId, EnteredByParticipantId = typedBy, ThemeId = "mobilite",
            Level = RiskLevel.Eleve, Comment = "le car passe deux fois par jour", SourceActivityId = "c|risk",
        });
        await db.SaveChangesAsync();
    }

    private Task<ParticipantProfile> Register(string id, ParticipantRole role) =>
        directory.RegisterAsync(new Registration(id, id, role, intercommunalityId, role is ParticipantRole.Consultant ? [] : [merville]));
}
