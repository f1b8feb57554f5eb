using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Tests.Support;
using AutoDiag.Knowledge.Themes;
using AutoDiag.Knowledge.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace AutoDiag.Knowledge.Tests.Interview;

/// <summary>The interview's next question is derived from what is stored; writes are idempotent per activity.</summary>
public sealed class InterviewServiceTests : IAsyncLifetime
{
    private readonly Mock<IThemeCategorizer> categorizer = new();
    private TestDatabase database = null!;
    private InterviewService interview = null!;
    private ParticipantProfile elu = null!;
    private int merville;
    private int estaires;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        categorizer.Setup(c => c.Categorize(It.IsAny<string>())).Returns(Themes());
        interview = new InterviewService(database.Factory, categorizer.Object, ThemeCatalog.LoadDefault(), new AccessPolicy(NullLogger<AccessPolicy>.Instance), new PersonalDataMasker(), TimeProvider.System);

        await using var db = database.Open();
        var communes = await db.Communes.ToDictionaryAsync(c => c.Name, c => c.Id);
        (merville, estaires) = (communes["Merville"], communes["Estaires"]);
        var directory = new ParticipantDirectory(database.Factory, TimeProvider.System);
        elu = await directory.RegisterAsync(new Registration("aad-1", "Paul", ParticipantRole.Elu, (await db.Intercommunalities.SingleAsync()).Id, [merville, estaires]));
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Residents_personal_data_is_masked_before_it_is_categorised_or_stored()
    {
        const string typed = "Mme Dupont, 87 ans, seule au 12 rue des Lilas, tel 06 12 34 56 78";
        const string masked = "Mme [nom], [âge], seule au [adresse], tel [téléphone]";

        var recorded = await interview.RecordAnswerAsync(elu, merville, AnswerKind.Difficulty, Text(typed), "a1");
        var comment = (await interview.RecordRiskAsync(elu, merville, "vieillissement", RiskLevel.Eleve, "M. Martin ne sort plus", "a2")).Comment;

        // The categoriser reads neither the data nor the placeholders: the age as a group.
        categorizer.Verify(c => c.Categorize(It.Is<string>(t => t.Contains("personne âgée") && t.Contains("seule au"))), Times.Once);
        categorizer.Verify(c => c.Categorize(It.Is<string>(t => t.Contains("Dupont") || t.Contains("87") || t.Contains("Lilas")
            || t.Contains("06 12") || t.Contains('['))), Times.Never);
        Assert.Equal([PersonalDataKind.PersonName, PersonalDataKind.Age, PersonalDataKind.StreetAddress, PersonalDataKind.Phone],
            recorded.Masking!.Found.Select(f => f.Kind));
        Assert.Equal("M. [nom] ne sort plus", comment!.Text);
        await using var db = database.Open();
        Assert.Equal(masked, (await db.Answers.SingleAsync()).Text);
        Assert.Equal("M. [nom] ne sort plus", (await db.RiskAssessments.SingleAsync()).Comment);
    }

    [Fact]
    public async Task A_risk_question_recalls_the_part_of_the_latest_difficulty_about_its_theme_masked()
    {
        const string rent = "Mme Dupont n'arrive plus à payer son loyer";
        const string doctor = "le médecin part à la retraite l'an prochain";
        categorizer.Setup(c => c.Categorize(It.IsAny<string>())).Returns(Themes(("logement", 0.9), ("sante", 0.8)));
        categorizer.Setup(c => c.Categorize(It.Is<string>(t => t.Contains("médecin") && !t.Contains("loyer")))).Returns(Themes(("sante", 0.9)));
        categorizer.Setup(c => c.Categorize(It.Is<string>(t => t.Contains("loyer") && !t.Contains("médecin")))).Returns(Themes(("logement", 0.9)));
        await interview.RecordAnswerAsync(elu, merville, AnswerKind.Difficulty, Text("Les jeunes partent"), "a0");
        await interview.RecordAnswerAsync(elu, merville, AnswerKind.Difficulty, Text($"{rent} ; {doctor}"), "a1");

        Assert.Equal(doctor, await interview.GetDifficultyRaisingAsync(elu, merville, "sante"));
        // As stored: the resident's name masked; and the categoriser never read the placeholder.
        Assert.Equal("Mme [nom] n'arrive plus à payer son loyer", await interview.GetDifficultyRaisingAsync(elu, merville, "logement"));
        categorizer.Verify(c => c.Categorize(It.Is<string>(t => t.Contains('['))), Times.Never);
        Assert.Null(await interview.GetDifficultyRaisingAsync(elu, estaires, "sante"));
    }

    [Fact]
    public async Task A_risk_comment_over_the_limit_is_cut_at_a_word_and_the_kept_length_returned()
    {
        var typed = "  " + string.Join(' ', Enumerable.Repeat("les aînés restent seuls", 100)) + "  ";

        var recorded = await interview.RecordRiskAsync(elu, merville, "vieillissement", RiskLevel.Eleve, typed, "a1");

        await using var db = database.Open();
        var stored = (await db.RiskAssessments.SingleAsync()).Comment!;
        Assert.InRange(stored.Length, InterviewService.RiskCommentMaxLength * 3 / 4, InterviewService.RiskCommentMaxLength);
        // A whole word: the beginning of the comment, followed there by a space.
        Assert.StartsWith(stored + " ", typed.Trim());
        Assert.Equal(stored.Length, recorded.CommentCutTo);
        Assert.Equal(stored, recorded.Comment!.Text);
    }

    [Fact]
    public async Task A_phone_number_the_cut_goes_through_is_never_stored_in_part()
    {
        var typed = new string('x', InterviewService.RiskCommentMaxLength - 16) + " tel 06 12 34 56 78";

        var recorded = await interview.RecordRiskAsync(elu, merville, "vieillissement", RiskLevel.Eleve, typed, "a1");

        await using var db = database.Open();
        var stored = (await db.RiskAssessments.SingleAsync()).Comment!;
        Assert.EndsWith(" tel", stored);
        Assert.DoesNotContain("06", stored);
        Assert.Equal(stored.Length, recorded.CommentCutTo);
    }

    [Fact]
    public async Task A_risk_comment_within_the_limit_is_kept_whole()
    {
        var typed = new string('a', InterviewService.RiskCommentMaxLength);

        var recorded = await interview.RecordRiskAsync(elu, merville, "vieillissement", RiskLevel.Eleve, typed, "a1");

        Assert.Null(recorded.CommentCutTo);
        await using var db = database.Open();
        Assert.Equal(typed, (await db.RiskAssessments.SingleAsync()).Comment);
    }

    [Fact]
    public async Task A_new_participant_starts_with_the_difficulties_of_their_first_commune()
    {
        var position = await interview.GetPositionAsync(elu);

        Assert.Equal((1, 2, merville, InterviewStep.Difficulties), (position.CommuneNumber, position.CommuneCount, position.Commune!.Id, position.Step));
    }

    [Fact]
    public async Task Risks_follow_the_difficulty_themes_in_taxonomy_order_then_silent_main_themes()
    {
        categorizer.Setup(c => c.Categorize("transport")).Returns(Themes(("mobilite", 0.9), ("jeunesse", 0.5)));
        await interview.RecordAnswerAsync(elu, merville, AnswerKind.Difficulty, Text("transport"), "a1");
        await interview.CompleteSectionAsync(elu, merville, InterviewSection.Difficulties);
        await interview.CompleteSectionAsync(elu, merville, InterviewSection.Resources);

        var first = await interview.GetPositionAsync(elu);
        Assert.Equal((InterviewStep.Risk, "jeunesse", new QuestionRank(1, 2)), (first.Step, first.ThemeId, first.Rank));
        await interview.RecordRiskAsync(elu, merville, "jeunesse", RiskLevel.Eleve, null, "a2");
        var second = await interview.GetPositionAsync(elu);
        Assert.Equal((InterviewStep.Risk, "mobilite", new QuestionRank(2, 2)), (second.Step, second.ThemeId, second.Rank));
        await interview.RecordRiskAsync(elu, merville, "mobilite", RiskLevel.Faible, "  ", "a3");

        var coverage = await interview.GetPositionAsync(elu);
        Assert.Equal((InterviewStep.Coverage, "vieillissement", null), (coverage.Step, coverage.ThemeId, coverage.Rank));
        await interview.RecordNothingToReportAsync(elu, merville, "vieillissement", "Rien à signaler", "a4");
        await interview.RecordNothingToReportAsync(elu, merville, "sante", "Rien à signaler", "a5");
        await interview.RecordNothingToReportAsync(elu, merville, "acces-aux-droits", "Rien à signaler", "a6");

        var next = await interview.GetPositionAsync(elu);
        Assert.Equal((2, estaires, InterviewStep.Difficulties), (next.CommuneNumber, next.Commune!.Id, next.Step));
        await using var db = database.Open();
        Assert.Null((await db.RiskAssessments.SingleAsync(r => r.ThemeId == "mobilite")).Comment);
    }

    [Fact]
    public async Task A_no_difficulty_answer_counts_for_coverage_but_asks_no_risk()
    {
        categorizer.Setup(c => c.Categorize(It.IsAny<string>())).Returns(new ThemeCategorization([new ThemeScore("logement", 0.8, ["logement"])], ReportsNoDifficulty: true));
        await interview.RecordAnswerAsync(elu, merville, AnswerKind.Difficulty, Text("pas de souci côté logement"), "a1");
        await interview.CompleteSectionAsync(elu, merville, InterviewSection.Difficulties);
        await interview.CompleteSectionAsync(elu, merville, InterviewSection.Resources);

        Assert.Equal((InterviewStep.Coverage, "jeunesse"), Step(await interview.GetPositionAsync(elu)));
    }

    [Fact]
    public async Task A_theme_only_said_to_be_fine_in_a_mixed_answer_asks_no_risk()
    {
        var logement = new ThemeScore("logement", 0.8, ["logement"]);
        var jeunesse = new ThemeScore("jeunesse", 0.7, ["jeunes"]);
        categorizer.Setup(c => c.Categorize(It.IsAny<string>())).Returns(new ThemeCategorization(
            [logement, jeunesse],
            ReportsNoDifficulty: false,
            [new CategorizedItem("pas de souci côté logement", [logement], true), new CategorizedItem("les jeunes s'ennuient", [jeunesse], false)]));
        await interview.RecordAnswerAsync(elu, merville, AnswerKind.Difficulty, Text("pas de souci côté logement mais les jeunes s'ennuient"), "a1");
        await interview.CompleteSectionAsync(elu, merville, InterviewSection.Difficulties);
        await interview.CompleteSectionAsync(elu, merville, InterviewSection.Resources);

        Assert.Equal((InterviewStep.Risk, "jeunesse"), Step(await interview.GetPositionAsync(elu)));
        await interview.RecordRiskAsync(elu, merville, "jeunesse", RiskLevel.Modere, null, "a2");
        Assert.Equal((InterviewStep.Coverage, "vieillissement"), Step(await interview.GetPositionAsync(elu)));
        await using var db = database.Open();
        Assert.True((await db.ThemeTags.SingleAsync(t => t.ThemeId == "logement")).ReportsNoDifficulty);
    }

    [Fact]
    public async Task An_answer_to_a_theme_check_is_also_tagged_with_that_theme_after_its_own()
    {
        categorizer.Setup(c => c.Categorize(It.IsAny<string>())).Returns(Themes(("mobilite", 0.9)));

        var recorded = await interview.RecordAnswerAsync(elu, merville, AnswerKind.Difficulty, Text("le car ne passe plus"), "a1", questionThemeId: "jeunesse");

        Assert.Equal(["mobilite", "jeunesse"], recorded.ThemeIds);
    }

    [Fact]
    public async Task The_position_counts_the_answers_already_given_to_an_open_question()
    {
        await interview.RecordAnswerAsync(elu, merville, AnswerKind.Difficulty, Text("chômage"), "a1");
        await interview.RecordAnswerAsync(elu, merville, AnswerKind.Difficulty, Text("logement"), "a2");

        Assert.Equal(2, (await interview.GetPositionAsync(elu)).AnswersSoFar);
        await interview.CompleteSectionAsync(elu, merville, InterviewSection.Difficulties);
        Assert.Equal((InterviewStep.Resources, 0), ((await interview.GetPositionAsync(elu)).Step, (await interview.GetPositionAsync(elu)).AnswersSoFar));
    }

    [Fact]
    public async Task A_secretaire_typing_for_an_elu_is_recorded_as_the_typist_and_the_elu_as_the_author()
    {
        var directory = new ParticipantDirectory(database.Factory, TimeProvider.System);
        var secretaire = await directory.RegisterAsync(new Registration("aad-sec", "Marie", ParticipantRole.SecretaireDeMairie, elu.IntercommunalityId, [merville]));
        var relayed = await directory.RegisterRelayedEluAsync("Jean Martin", elu.IntercommunalityId, [merville]);

        await interview.RecordAnswerAsync(relayed, merville, AnswerKind.Difficulty, Text("RSA"), "c|1", enteredBy: secretaire);
        await interview.RecordRiskAsync(relayed, merville, "precarite", RiskLevel.Eleve, null, "c|2", enteredBy: secretaire);

        await using var db = database.Open();
        var answer = await db.Answers.SingleAsync();
        Assert.Equal((relayed.Id, secretaire.Id), (answer.ParticipantId, answer.EnteredByParticipantId));
        Assert.Equal(secretaire.Id, (await db.RiskAssessments.SingleAsync()).EnteredByParticipantId);
        Assert.Null((await db.Participants.SingleAsync(p => p.Id == relayed.Id)).ChannelUserId);
    }

    [Fact]
    public async Task An_elu_cannot_type_for_another_elu_nor_a_secretaire_for_another_commune()
    {
        var directory = new ParticipantDirectory(database.Factory, TimeProvider.System);
        var relayed = await directory.RegisterRelayedEluAsync("Jean Martin", elu.IntercommunalityId, [merville]);
        var secretaireOfEstaires = await directory.RegisterAsync(new Registration("aad-sec", "Marie", ParticipantRole.SecretaireDeMairie, elu.IntercommunalityId, [estaires]));

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            interview.RecordAnswerAsync(relayed, merville, AnswerKind.Difficulty, Text("RSA"), "c|1", enteredBy: elu));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            interview.RecordAnswerAsync(relayed, merville, AnswerKind.Difficulty, Text("RSA"), "c|2", enteredBy: secretaireOfEstaires));
        await using var db = database.Open();
        Assert.Equal(0, await db.Answers.CountAsync());
    }

    [Fact]
    public async Task The_same_activity_records_one_answer()
    {
        var first = await interview.RecordAnswerAsync(elu, merville, AnswerKind.Difficulty, Text("chômage des jeunes"), "conv|a1");
        var again = await interview.RecordAnswerAsync(elu, merville, AnswerKind.Difficulty, Text("chômage des jeunes"), "conv|a1");

        Assert.False(first.AlreadyRecorded);
        Assert.True(again.AlreadyRecorded);
        Assert.Equal(first.AnswerId, again.AnswerId);
        await using var db = database.Open();
        Assert.Equal(1, await db.Answers.CountAsync());
    }

    [Fact]
    public async Task A_long_answer_recorded_again_says_again_that_it_was_cut()
    {
        var typed = string.Join(' ', Enumerable.Repeat("les familles n'ont plus de médecin traitant", 120));

        var first = await interview.RecordAnswerAsync(elu, merville, AnswerKind.Difficulty, Text(typed), "conv|long");
        var again = await interview.RecordAnswerAsync(elu, merville, AnswerKind.Difficulty, Text(typed), "conv|long");

        Assert.Equal((true, false), (first.WasTruncated, first.AlreadyRecorded));
        Assert.Equal((true, true, first.AnswerId), (again.WasTruncated, again.AlreadyRecorded, again.AnswerId));
    }

    [Fact]
    public async Task Completing_a_section_twice_keeps_one_record()
    {
        await interview.CompleteSectionAsync(elu, merville, InterviewSection.Difficulties);
        await interview.CompleteSectionAsync(elu, merville, InterviewSection.Difficulties);

        await using var db = database.Open();
        Assert.Equal(1, await db.SectionCompletions.CountAsync());
    }

    [Fact]
    public async Task A_commune_the_participant_does_not_cover_is_refused()
    {
        await using var db = database.Open();
        var laventie = await db.Communes.Where(c => c.Name == "Laventie").Select(c => c.Id).SingleAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            interview.RecordAnswerAsync(elu, laventie, AnswerKind.Difficulty, Text("x"), "a1"));
        await Assert.ThrowsAsync<AccessDeniedException>(() => interview.GetRecapAsync(elu, laventie));
        Assert.Equal(0, await db.Answers.CountAsync());
    }

    [Fact]
    public async Task The_recap_lists_a_participants_answers_for_one_commune()
    {
        categorizer.Setup(c => c.Categorize("RSA")).Returns(Themes(("precarite", 0.8)));
        await interview.RecordAnswerAsync(elu, merville, AnswerKind.Difficulty, Text("RSA"), "a1");
        await interview.RecordAnswerAsync(elu, merville, AnswerKind.Resource, Text("épicerie sociale"), "a2");
        await interview.RecordAnswerAsync(elu, estaires, AnswerKind.Difficulty, Text("RSA"), "a3");
        await interview.RecordRiskAsync(elu, merville, "precarite", RiskLevel.Modere, "hausse", "a4");
        await interview.RecordNothingToReportAsync(elu, merville, "sante", "Rien à signaler", "a5");

        var recap = await interview.GetRecapAsync(elu, merville);

        Assert.Equal("Merville", recap.Commune.Name);
        Assert.Equal(["RSA"], recap.Difficulties.Select(a => a.Text));
        Assert.Equal(["precarite"], recap.Difficulties[0].ThemeIds);
        Assert.Equal(["épicerie sociale"], recap.Resources.Select(a => a.Text));
        Assert.Equal([new RecapRisk("precarite", RiskLevel.Modere, "hausse")], recap.Risks);
        Assert.Equal(["sante"], recap.NothingToReportThemeIds);
    }

    [Fact]
    public async Task A_later_difficulty_on_a_theme_answered_nothing_to_report_takes_its_place_in_the_recap_until_withdrawn()
    {
        await interview.RecordNothingToReportAsync(elu, merville, "sante", "Rien à signaler", "a1");
        categorizer.Setup(c => c.Categorize("plus de médecin depuis juin")).Returns(Themes(("sante", 0.9)));
        var added = await interview.RecordAnswerAsync(elu, merville, AnswerKind.Difficulty, Text("plus de médecin depuis juin"), "a2");

        var recap = await interview.GetRecapAsync(elu, merville);

        Assert.Equal(["plus de médecin depuis juin"], recap.Difficulties.Select(a => a.Text));
        Assert.Empty(recap.NothingToReportThemeIds);
        await using (var db = database.Open())
        {
            Assert.Equal(2, await db.Answers.CountAsync());
        }

        await new AnswerWithdrawalService(database.Factory, NullLogger<AnswerWithdrawalService>.Instance).WithdrawAsync(elu, added.AnswerId);
        Assert.Equal(["sante"], (await interview.GetRecapAsync(elu, merville)).NothingToReportThemeIds);
    }

    private static (InterviewStep, string?) Step(InterviewPosition position) => (position.Step, position.ThemeId);

    private static AnswerText Text(string value)
    {
        Assert.Null(AnswerText.TryCreate(value, out var text));
        return text!;
    }

    private static ThemeCategorization Themes(params (string Id, double Confidence)[] themes) =>
        new(themes.Select(t => new ThemeScore(t.Id, t.Confidence, [t.Id])).ToList(), ReportsNoDifficulty: false);
}
