using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace AutoDiag.Knowledge.Tests.Answers;

public sealed class AnswerWithdrawalServiceTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private AnswerWithdrawalService withdrawals = null!;
    private ParticipantDirectory directory = null!;
    private int intercommunalityId;
    private Dictionary<string, int> communes = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        withdrawals = new AnswerWithdrawalService(database.Factory, NullLogger<AnswerWithdrawalService>.Instance);
        directory = new ParticipantDirectory(database.Factory, TimeProvider.System);
        await using var db = database.Open();
        communes = await db.Communes.ToDictionaryAsync(c => c.Name, c => c.Id);
        intercommunalityId = (await db.Intercommunalities.SingleAsync()).Id;
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task The_author_withdraws_an_answer_with_its_themes_and_the_others_stay()
    {
        var author = await Register("aad-author", ParticipantRole.Elu);
        var withdrawn = await AddAnswer(author.Id, typedBy: null, "le car ne passe plus");
        var kept = await AddAnswer(author.Id, typedBy: null, "beaucoup de familles au RSA");

        var taken = await withdrawals.WithdrawAsync(author, withdrawn);

        // The other answer still raises Mobilité: its risk level stays.
        Assert.Equal(author.Id, taken.RespondentId);
        Assert.Empty(taken.RiskThemes);
        await using var db = database.Open();
        Assert.Equal([kept], await db.Answers.Select(a => a.Id).ToListAsync());
        Assert.Equal([kept], await db.ThemeTags.Select(t => t.AnswerId).ToListAsync());
        Assert.Equal(1, await db.RiskAssessments.CountAsync());
    }

    [Fact]
    public async Task The_risk_level_of_a_theme_only_that_answer_raised_goes_with_it()
    {
        var author = await Register("aad-author", ParticipantRole.Elu);
        var answer = await AddAnswer(author.Id, typedBy: null, "le car ne passe plus");

        Assert.Equal(["mobilite"], (await withdrawals.WithdrawAsync(author, answer)).RiskThemes);

        await using var db = database.Open();
        Assert.Equal(0, await db.RiskAssessments.CountAsync());
    }

    [Fact]
    public async Task A_rien_a_signaler_on_the_theme_does_not_keep_its_risk_level()
    {
        var author = await Register("aad-author", ParticipantRole.Elu);
        var answer = await AddAnswer(author.Id, typedBy: null, "le car ne passe plus");
        await using (var db = database.Open())
        {
            db.Answers.Add(new Answer
            {
                CommuneId = communes["Merville"], ParticipantId = author.Id, Kind = AnswerKind.Difficulty, Text = "Rien à signaler",
                ReportsNoDifficulty = true, SourceActivityId = "c|ras",
                Tags = [new ThemeTag { ThemeId = "mobilite", Confidence = 1, Source = TagSource.Human }],
            });
            await db.SaveChangesAsync();
        }

        Assert.Equal(["mobilite"], (await withdrawals.WithdrawAsync(author, answer)).RiskThemes);
    }

    [Fact]
    public async Task Whoever_typed_the_answer_for_an_elu_may_withdraw_it()
    {
        var elu = await Register("aad-elu", ParticipantRole.Elu);
        var secretaire = await Register("aad-secretaire", ParticipantRole.SecretaireDeMairie);
        var answer = await AddAnswer(elu.Id, typedBy: secretaire.Id, "le car ne passe plus");

        var taken = await withdrawals.WithdrawAsync(secretaire, answer);

        Assert.Equal(elu.Id, taken.RespondentId);
        await using var db = database.Open();
        Assert.Equal(0, await db.Answers.CountAsync());
    }

    [Theory]
    [InlineData(ParticipantRole.Elu)]
    [InlineData(ParticipantRole.SecretaireDeMairie)]
    [InlineData(ParticipantRole.Consultant)]
    [InlineData(ParticipantRole.Administrator)]
    public async Task Nobody_else_withdraws_it_and_a_second_withdrawal_is_refused(ParticipantRole role)
    {
        var author = await Register("aad-author", ParticipantRole.Elu);
        var answer = await AddAnswer(author.Id, typedBy: null, "le car ne passe plus");
        var someoneElse = await Register("aad-other", role);

        await Assert.ThrowsAsync<AnswerAccessException>(() => withdrawals.WithdrawAsync(someoneElse, answer));
        await using (var db = database.Open())
        {
            Assert.Equal(1, await db.Answers.CountAsync());
        }

        await withdrawals.WithdrawAsync(author, answer);
        await Assert.ThrowsAsync<AnswerAccessException>(() => withdrawals.WithdrawAsync(author, answer));
    }

    private async Task<long> AddAnswer(int participantId, int? typedBy, string text)
    {
        await using var db = database.Open();
        var answer = new Answer
        {
            CommuneId = communes["Merville"], ParticipantId = participantId, EnteredByParticipantId = typedBy,
            Kind = AnswerKind.Difficulty, Text = text, SourceActivityId = $"c|{Guid.NewGuid():N}",
        };
        answer.Tags.Add(new ThemeTag { ThemeId = "mobilite", Confidence = 0.8, Source = TagSource.Automatic });
        db.Answers.Add(answer);
        if (!await db.RiskAssessments.AnyAsync())
        {
            db.RiskAssessments.Add(new RiskAssessment { CommuneId = communes["Merville"], ParticipantId = participantId, ThemeId = "mobilite", Level = RiskLevel.Eleve, SourceActivityId = "c|risk" });
        }
        await db.SaveChangesAsync();
        return answer.Id;
    }

    private Task<ParticipantProfile> Register(string id, ParticipantRole role) =>
        directory.RegisterAsync(new Registration(id, id, role, intercommunalityId,
            role is ParticipantRole.Elu or ParticipantRole.SecretaireDeMairie ? [communes["Merville"]] : []));
}
