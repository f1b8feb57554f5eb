using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Privacy;
using AutoDiag.Knowledge.Review;
using AutoDiag.Knowledge.Tests.Support;
using AutoDiag.Knowledge.Themes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace AutoDiag.Knowledge.Tests.Interview;

/// <summary>
/// A consultant's theme correction is the review's: it changes what the matrix, the listings and the fiche count, not the
/// élu's interview — a finished interview stays finished, and the matrix says « fini » exactly when the interview does.
/// </summary>
public abstract class ReviewCorrectionTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly ThemeCatalog themes = ThemeCatalog.LoadDefault();
    private readonly Mock<IThemeCategorizer> categorizer = new();
    private TestDatabase database = null!;
    private InterviewService interview = null!;
    private ThemeCorrectionService corrections = null!;
    private ThemeMatrixService matrices = null!;
    private ParticipantProfile elu = null!;
    private ParticipantProfile consultant = null!;
    private int intercommunalityId;
    private int merville;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        var access = new AccessPolicy(NullLogger<AccessPolicy>.Instance);
        categorizer.Setup(c => c.Categorize(It.IsAny<string>()))
            .Returns(new ThemeCategorization([new ThemeScore("mobilite", 0.9, ["mobilite"])], ReportsNoDifficulty: false));
        interview = new InterviewService(database.Factory, categorizer.Object, themes, access, new PersonalDataMasker(), TimeProvider.System);
        corrections = new ThemeCorrectionService(database.Factory, themes, access, Mock.Of<ICorrectionListener>());
        matrices = new ThemeMatrixService(database.Factory, themes, access, NullLogger<ThemeMatrixService>.Instance);

        await using var db = database.Open();
        merville = await db.Communes.Where(c => c.Name == "Merville").Select(c => c.Id).SingleAsync();
        intercommunalityId = await db.Intercommunalities.Select(i => i.Id).SingleAsync();
        var directory = new ParticipantDirectory(database.Factory, TimeProvider.System);
        elu = await directory.RegisterAsync(new Registration("aad-elu", "Paul", ParticipantRole.Elu, intercommunalityId, [merville]));
        consultant = await directory.RegisterAsync(new Registration("aad-consultant", "Claire", ParticipantRole.Consultant, intercommunalityId, []));
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task The_matrix_says_fini_only_once_the_themes_nothing_was_said_about_are_checked()
    {
        await AnswerUntilCoverageAsync();

        var position = await interview.GetPositionAsync(elu);
        Assert.Equal(InterviewStep.Coverage, position.Step);
        var paul = await CompletionAsync();
        Assert.True(paul.DifficultiesDone && paul.ResourcesDone && paul.RisksDone);
        Assert.False(paul.IsComplete);

        await CheckEverySilentThemeAsync();

        Assert.True((await interview.GetPositionAsync(elu)).IsFinished);
        Assert.True((await CompletionAsync()).IsComplete);
    }

    [Fact]
    public async Task A_consultants_correction_counts_in_the_review_and_leaves_a_finished_interview_finished()
    {
        var answerId = await AnswerUntilCoverageAsync();
        await CheckEverySilentThemeAsync();

        var corrected = await corrections.CorrectAsync(consultant, answerId, ["logement"]);

        Assert.Equal(["logement"], corrected.ThemeIds);
        Assert.False(corrected.LeadsInterview);
        // The élu's risk level on Mobilité stays: the élu's own word still raises it.
        Assert.Empty(corrected.RiskThemes);
        await using (var before = database.Open())
        {
            Assert.Equal(["mobilite"], await before.RiskAssessments.Select(r => r.ThemeId).ToListAsync());
        }
        // The élu is not asked again, nor reminded: nothing reopened.
        Assert.True((await interview.GetPositionAsync(elu)).IsFinished);
        Assert.True((await CompletionAsync()).IsComplete);
        // The review counts the consultant's theme.
        var row = (await matrices.GetMatrixAsync(consultant, intercommunalityId)).Rows.Single(r => r.Commune.Id == merville);
        Assert.Equal(1, row.Cells["logement"].DifficultyCount);
        Assert.Equal(0, row.Cells["mobilite"].DifficultyCount);
        var listed = Assert.Single((await matrices.ListAnswersAsync(consultant, intercommunalityId, merville, "logement", 1, 10)).Items);
        Assert.Equal(answerId, listed.Id);
        Assert.Equal(["logement"], listed.Themes);
        Assert.DoesNotContain((await matrices.ListAnswersAsync(consultant, intercommunalityId, merville, "mobilite", 1, 10)).Items, a => a.Id == answerId);
        await using var db = database.Open();
        Assert.Equal(TagSource.Review, (await db.ThemeTags.SingleAsync(t => t.AnswerId == answerId && t.ThemeId == "logement")).Source);
    }

    [Fact]
    public async Task The_elus_own_correction_leads_their_interview_to_the_new_themes_risk()
    {
        var answerId = await AnswerUntilCoverageAsync();
        await CheckEverySilentThemeAsync();
        await corrections.CorrectAsync(consultant, answerId, ["logement"]);

        var corrected = await corrections.CorrectAsync(elu, answerId, ["jeunesse", "mobilite"]);

        Assert.Equal(["jeunesse", "mobilite"], corrected.ThemeIds);
        Assert.Equal((true, elu.Id), (corrected.LeadsInterview, corrected.RespondentId));
        var position = await interview.GetPositionAsync(elu);
        Assert.Equal((InterviewStep.Risk, "jeunesse"), (position.Step, position.ThemeId));
        Assert.False((await CompletionAsync()).IsComplete);
        // The review keeps the consultant's word.
        var row = (await matrices.GetMatrixAsync(consultant, intercommunalityId)).Rows.Single(r => r.Commune.Id == merville);
        Assert.Equal(1, row.Cells["logement"].DifficultyCount);
        Assert.Equal(0, row.Cells["jeunesse"].DifficultyCount);
    }

    [Fact]
    public async Task The_elus_own_correction_taking_a_theme_off_takes_its_risk_level_along()
    {
        var answerId = await AnswerUntilCoverageAsync();
        await CheckEverySilentThemeAsync();

        var corrected = await corrections.CorrectAsync(elu, answerId, ["logement"]);

        Assert.Equal(["mobilite"], corrected.RiskThemes);
        await using (var db = database.Open())
        {
            Assert.Empty(await db.RiskAssessments.ToListAsync());
            Assert.Equal(["logement"], (await db.Answers.Include(a => a.Tags).SingleAsync(a => a.Id == answerId)).InterviewDifficulties());
        }
        var position = await interview.GetPositionAsync(elu);
        Assert.Equal((InterviewStep.Risk, "logement"), (position.Step, position.ThemeId));
        var row = (await matrices.GetMatrixAsync(consultant, intercommunalityId)).Rows.Single(r => r.Commune.Id == merville);
        Assert.Null(row.Cells["mobilite"].HighestRisk);
    }

    [Fact]
    public async Task A_theme_taken_off_one_answer_keeps_its_risk_level_while_another_difficulty_raises_it()
    {
        var answerId = await AnswerUntilCoverageAsync();
        AnswerText.TryCreate("le bus du samedi est supprimé", out var text);
        await interview.RecordAnswerAsync(elu, merville, AnswerKind.Difficulty, text!, "act-3");

        var corrected = await corrections.CorrectAsync(elu, answerId, ["logement"]);

        Assert.Empty(corrected.RiskThemes);
        await using var db = database.Open();
        Assert.Equal(["mobilite"], await db.RiskAssessments.Select(r => r.ThemeId).ToListAsync());
    }

    /// <summary>One difficulty (mobilité), both sections closed, its risk given: the interview is at the coverage check.</summary>
    private async Task<long> AnswerUntilCoverageAsync()
    {
        AnswerText.TryCreate("le car ne passe plus", out var text);
        var recorded = await interview.RecordAnswerAsync(elu, merville, AnswerKind.Difficulty, text!, "act-1");
        await interview.CompleteSectionAsync(elu, merville, InterviewSection.Difficulties);
        await interview.CompleteSectionAsync(elu, merville, InterviewSection.Resources);
        await interview.RecordRiskAsync(elu, merville, "mobilite", RiskLevel.Eleve, null, "act-2");
        return recorded.AnswerId;
    }

    private async Task CheckEverySilentThemeAsync()
    {
        foreach (var theme in themes.Main.Where(t => t.Id != "mobilite"))
        {
            await interview.RecordNothingToReportAsync(elu, merville, theme.Id, "Rien à signaler", $"act-{theme.Id}");
        }
    }

    private async Task<ParticipantCompletion> CompletionAsync()
    {
        var matrix = await matrices.GetMatrixAsync(consultant, intercommunalityId);
        return Assert.Single(matrix.Rows.Single(r => r.Commune.Id == merville).Completion.Participants);
    }
}

public sealed class SqliteReviewCorrectionTests() : ReviewCorrectionTests(DatabaseProvider.Sqlite);

public sealed class PostgresReviewCorrectionTests() : ReviewCorrectionTests(DatabaseProvider.Postgres);
