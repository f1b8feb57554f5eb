using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Tests.Review;

/// <summary>From the overview, the consultant opens a theme or a commune, corrects themes, marks relu and writes notes.</summary>
public sealed class ReviewConversationTests : IAsyncLifetime
{
    private BotTestHost host = null!;
    private int eluId;

    public async Task InitializeAsync()
    {
        host = await BotTestHost.StartAsync();
        (_, _, eluId) = await host.RegisterConsultantAndEluAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private TestConversation Consultant() => host.Conversation(ConsultantSetup.ConsultantId);

    [Fact]
    public async Task Tapping_a_theme_of_the_overview_lists_its_answers_with_commune_author_date_and_themes()
    {
        await host.AddAnswersAsync(eluId, "Merville", ["Le bus ne passe plus le samedi"], "mobilite");
        await host.AddAnswersAsync(eluId, "Estaires", ["Beaucoup de familles au RSA"], "precarite");
        var consultant = Consultant();
        var overview = (await consultant.SayAsync("vue d'ensemble")).Question();
        var mobiliteHeader = overview.Card!.SelectToken("$.body[1].columns[3]")!;
        Assert.Equal("🚌", (string)mobiliteHeader.SelectToken("$.items[0].text")!);

        var listing = (await consultant.SubmitAsync(CardClicks.Tap(mobiliteHeader))).Question();

        Assert.StartsWith("🚌 Mobilité — toutes les communes\n1 réponse · page 1 sur 1", listing.Text);
        Assert.True(listing.Text.Contains("Merville · Difficulté · Paul Leroy · 20 novembre 2026", StringComparison.Ordinal), listing.Text);
        Assert.Contains("Le bus ne passe plus le samedi", listing.Text);
        Assert.Contains("Thèmes : 🚌 Mobilité", listing.Text);
        Assert.DoesNotContain("RSA", listing.Text);
    }

    [Fact]
    public async Task A_commune_chosen_in_the_list_shows_its_answers_across_themes()
    {
        await host.AddAnswersAsync(eluId, "Merville", ["Le bus ne passe plus le samedi"], "mobilite");
        await host.AddAnswersAsync(eluId, "Merville", ["Plus de médecin depuis 2019"], "sante");
        var consultant = Consultant();
        var overview = (await consultant.SayAsync("vue d'ensemble")).Question();
        var merville = overview.CardChoiceValue("Merville");

        var listing = (await consultant.SubmitAsync(overview.Submit("Ouvrir une commune", "Ouvrir", ("communeId", merville)))).Question();

        Assert.StartsWith("Merville — tous les thèmes\n2 réponses · page 1 sur 1", listing.Text);
        Assert.Contains("Le bus ne passe plus le samedi", listing.Text);
        Assert.Contains("Plus de médecin depuis 2019", listing.Text);
    }

    [Fact]
    public async Task Answers_come_five_per_page_newest_first_with_next_and_previous()
    {
        var texts = Enumerable.Range(1, 7).Select(i => $"Transport n°{i} supprimé").ToList();
        await host.AddAnswersAsync(eluId, "Merville", texts, "mobilite");
        var consultant = Consultant();

        var first = (await consultant.SubmitAsync(new JObject { ["action"] = "openTheme", ["themeId"] = "mobilite", ["page"] = "1" })).Question();
        Assert.Contains("7 réponses · page 1 sur 2", first.Text);
        Assert.Contains("Transport n°7 supprimé", first.Text);
        Assert.Contains("Transport n°3 supprimé", first.Text);
        Assert.DoesNotContain("Transport n°2 supprimé", first.Text);

        var second = (await consultant.SubmitAsync(first.Submit("Page suivante ▶"))).Question();
        Assert.Contains("7 réponses · page 2 sur 2", second.Text);
        Assert.Contains("Transport n°2 supprimé", second.Text);
        Assert.Contains("Transport n°1 supprimé", second.Text);
        Assert.DoesNotContain("Transport n°3 supprimé", second.Text);
        Assert.Contains("◀ Page précédente", second.Card!.ToString());
    }

    [Fact]
    public async Task A_theme_corrected_from_the_listing_is_stored_as_the_reviews()
    {
        var answerId = (await host.AddAnswersAsync(eluId, "Merville", ["Le bus ne passe plus le samedi"], "mobilite")).Single();
        var consultant = Consultant();
        var listing = (await consultant.SubmitAsync(new JObject { ["action"] = "openTheme", ["themeId"] = "mobilite", ["page"] = "1" })).Question();
        var correction = listing.Submit("Corriger les thèmes", "Enregistrer",
            ($"theme:mobilite:{answerId}", "true"), ($"theme:insertion-emploi:{answerId}", "true"));

        (await consultant.SubmitAsync(correction)).Said("C'est corrigé — Mobilité, Insertion et emploi.");

        await using var db = host.OpenDatabase();
        var review = await db.ThemeTags.Where(t => t.AnswerId == answerId && t.Source == TagSource.Review).Select(t => t.ThemeId).ToListAsync();
        Assert.Equal(["insertion-emploi", "mobilite"], review.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Authors_are_named_without_a_gendered_role_and_who_typed_for_them_is_named_too()
    {
        var directory = host.Services.GetRequiredService<ParticipantDirectory>();
        int secretaryId;
        await using (var db = host.OpenDatabase())
        {
            var merville = await db.Communes.Where(c => c.Name == "Merville").Select(c => c.Id).SingleAsync();
            var intercommunality = await db.Intercommunalities.Select(i => i.Id).SingleAsync();
            secretaryId = (await directory.RegisterAsync(new Registration("aad-secretary", "Sylvie Catteau", ParticipantRole.SecretaireDeMairie, intercommunality, [merville]))).Id;
        }
        var relayed = (await host.AddAnswersAsync(eluId, "Merville", ["Le bus ne passe plus le samedi"], "mobilite")).Single();
        await host.AddAnswersAsync(secretaryId, "Merville", ["Plus de taxi à la demande"], "mobilite");
        await using (var db = host.OpenDatabase())
        {
            (await db.Answers.SingleAsync(a => a.Id == relayed)).EnteredByParticipantId = secretaryId;
            await db.SaveChangesAsync();
        }

        var listing = (await Consultant().SubmitAsync(new JObject { ["action"] = "openTheme", ["themeId"] = "mobilite", ["page"] = "1" })).Question();

        Assert.Contains("Merville · Difficulté · Paul Leroy, saisi par Sylvie Catteau (secrétariat de mairie) · 20 novembre 2026", listing.Text);
        Assert.Contains("Merville · Difficulté · Sylvie Catteau (secrétariat de mairie) · 20 novembre 2026", listing.Text);
        Assert.DoesNotContain("(élu)", listing.Text);
    }

    [Fact]
    public async Task The_listing_card_is_replaced_by_itself_with_the_correction()
    {
        var moved = (await host.AddAnswersAsync(eluId, "Merville", ["Le bus ne passe plus le samedi"], "mobilite")).Single();
        var kept = (await host.AddAnswersAsync(eluId, "Merville", ["Plus de taxi à la demande"], "mobilite")).Single();
        var consultant = Consultant();
        var listing = (await consultant.SubmitAsync(new JObject { ["action"] = "openTheme", ["themeId"] = "mobilite", ["page"] = "1" })).Question();
        Assert.Contains("Le bus ne passe plus le samedi", listing.Text);

        // The correction of that answer (each answer of the card has its own), Mobilité unticked and Insertion et emploi
        // ticked: the answer leaves the theme's listing.
        var movedId = moved.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var correction = (JObject)listing.Card!.SelectTokens("$..actions[?(@.type == 'Action.Submit')].data").OfType<JObject>()
            .Single(d => (string?)d["action"] == "correctThemes" && (string?)d["answerId"] == movedId).DeepClone();
        correction[$"theme:mobilite:{moved}"] = "false";
        correction[$"theme:insertion-emploi:{moved}"] = "true";
        (await consultant.SubmitAsync(correction, card: listing)).Said("C'est corrigé — Insertion et emploi.");

        var replaced = Assert.Single(consultant.Updates);
        Assert.Equal(listing.Activity.Id, replaced.Activity.Id);
        Assert.Contains("Mobilité — toutes les communes", replaced.Text);
        Assert.DoesNotContain("Le bus ne passe plus le samedi", replaced.Text);
        Assert.Contains("Plus de taxi à la demande", replaced.Text);
        Assert.Contains(kept.ToString(System.Globalization.CultureInfo.InvariantCulture),
            replaced.Card!.SelectTokens("$..data.answerId").Select(t => (string)t!));
    }

    [Fact]
    public async Task A_correction_of_an_answer_withdrawn_since_the_listing_was_sent_changes_nothing_and_shows_the_listing_as_it_is()
    {
        var withdrawn = (await host.AddAnswersAsync(eluId, "Merville", ["Le bus ne passe plus le samedi"], "mobilite")).Single();
        await host.AddAnswersAsync(eluId, "Merville", ["Plus de taxi à la demande"], "mobilite");
        var consultant = Consultant();
        var listing = (await consultant.SubmitAsync(new JObject { ["action"] = "openTheme", ["themeId"] = "mobilite", ["page"] = "1" })).Question();
        var elu = (await host.Services.GetRequiredService<ParticipantDirectory>().GetAsync(eluId))!;
        await host.Services.GetRequiredService<AnswerWithdrawalService>().WithdrawAsync(elu, withdrawn);

        var withdrawnId = withdrawn.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var correction = (JObject)listing.Card!.SelectTokens("$..actions[?(@.type == 'Action.Submit')].data").OfType<JObject>()
            .Single(d => (string?)d["action"] == "correctThemes" && (string?)d["answerId"] == withdrawnId).DeepClone();
        correction[$"theme:insertion-emploi:{withdrawn}"] = "true";
        (await consultant.SubmitAsync(correction, card: listing))
            .Said("Je ne retrouve pas cette réponse : elle a peut-être été retirée. Rien n'a été changé, et la liste ci-dessus est à jour.");

        var replaced = Assert.Single(consultant.Updates);
        Assert.Equal(listing.Activity.Id, replaced.Activity.Id);
        Assert.DoesNotContain("Le bus ne passe plus le samedi", replaced.Text);
        Assert.Contains("Plus de taxi à la demande", replaced.Text);
        await using var db = host.OpenDatabase();
        Assert.False(await db.Answers.AnyAsync(a => a.Id == withdrawn));
        Assert.False(await db.Answers.AnyAsync(a => a.Tags.Any(t => t.ThemeId == "insertion-emploi")));
    }

    [Fact]
    public async Task Marking_a_theme_relu_for_communes_is_stored_shown_in_the_overview_and_can_be_taken_back()
    {
        await host.AddAnswersAsync(eluId, "Merville", ["Le bus ne passe plus le samedi"], "mobilite");
        var consultant = Consultant();
        var listing = (await consultant.SubmitAsync(new JObject { ["action"] = "openTheme", ["themeId"] = "mobilite", ["page"] = "1" })).Question();
        var merville = listing.CardChoiceValue("Merville");
        var estaires = listing.CardChoiceValue("Estaires");

        (await consultant.SubmitAsync(listing.Submit("Marquer comme relu", "Enregistrer", ("reviewed", $"{merville},{estaires}"))))
            .Said("C'est noté : Mobilité — relu pour Estaires et Merville.");

        await using (var db = host.OpenDatabase())
        {
            Assert.Equal(2, await db.ThemeReviewMarks.CountAsync(m => m.ThemeId == "mobilite"));
        }
        var overview = (await consultant.SayAsync("vue d'ensemble")).Question();
        var row = overview.Card!.SelectTokens("$.body[?(@.type == 'ColumnSet')]").Single(r => (string?)r.SelectToken("$.columns[0].items[0].text") == "Merville");
        Assert.Equal("1✓", (string)row.SelectToken("$.columns[3].items[0].text")!);

        (await consultant.SubmitAsync(listing.Submit("Marquer comme relu", "Enregistrer", ("reviewed", merville))))
            .Said("C'est noté : Mobilité — relu pour Merville.");
        await using (var db = host.OpenDatabase())
        {
            Assert.Equal(1, await db.ThemeReviewMarks.CountAsync(m => m.ThemeId == "mobilite"));
        }
    }

    [Fact]
    public async Task A_note_on_a_theme_is_stored_and_shown_with_the_theme_an_empty_one_is_explained()
    {
        var consultant = Consultant();
        var listing = (await consultant.SubmitAsync(new JObject { ["action"] = "openTheme", ["themeId"] = "mobilite", ["page"] = "1" })).Question();

        var empty = (await consultant.SubmitAsync(listing.Submit("Ajouter une note", "Enregistrer la note", ("note", "   ")))).Question();
        Assert.Contains("Votre note est vide", empty.Text);
        Assert.NotNull(empty.Card!.SelectToken("$.body[?(@.id == 'note')]"));

        (await consultant.SubmitAsync(listing.Submit("Ajouter une note", "Enregistrer la note", ("note", "Transport à la demande à étudier avec la Région"))))
            .Said("Votre note sur « Mobilité » est enregistrée.");

        await using (var db = host.OpenDatabase())
        {
            Assert.Equal("Transport à la demande à étudier avec la Région", (await db.ConsultantNotes.SingleAsync()).Text);
        }
        var again = (await consultant.SubmitAsync(new JObject { ["action"] = "openTheme", ["themeId"] = "mobilite", ["page"] = "1" })).Question();
        Assert.Contains("Vos notes sur ce thème", again.Text);
        Assert.Contains("Transport à la demande à étudier avec la Région", again.Text);
    }

    [Fact]
    public async Task A_note_naming_a_resident_is_stored_masked_and_the_consultant_is_told()
    {
        var consultant = Consultant();
        var listing = (await consultant.SubmitAsync(new JObject { ["action"] = "openTheme", ["themeId"] = "mobilite", ["page"] = "1" })).Question();

        var saved = await consultant.SubmitAsync(listing.Submit("Ajouter une note", "Enregistrer la note", ("note", "Voir Mme Lefebvre au 06 12 34 56 78")));

        saved.Said("Votre note sur « Mobilité » est enregistrée. Pour protéger les habitants, j'ai masqué un numéro de téléphone et un nom avant d'enregistrer la note.");
        await using var db = host.OpenDatabase();
        Assert.Equal("Voir Mme [nom] au [téléphone]", (await db.ConsultantNotes.SingleAsync()).Text);
    }

    [Fact]
    public async Task Markdown_typed_by_an_elu_is_shown_as_typed_not_as_a_link()
    {
        await host.AddAnswersAsync(eluId, "Merville", ["[cliquez ici](https://exemple.test) *urgent*"], "mobilite");

        var listing = (await Consultant().SubmitAsync(new JObject { ["action"] = "openTheme", ["themeId"] = "mobilite", ["page"] = "1" })).Question();

        var texts = listing.Card!.SelectTokens("$..text").Select(t => (string)t!).ToList();
        Assert.Contains(@"\[cliquez ici\](https://exemple.test) \*urgent\*", texts);
    }

    [Fact]
    public async Task Tampered_ids_are_explained_and_nothing_is_stored()
    {
        var consultant = Consultant();

        (await consultant.SubmitAsync(new JObject { ["action"] = "openTheme", ["themeId"] = "astronomie", ["page"] = "1" }))
            .Said("Je ne connais pas ce thème.");
        (await consultant.SubmitAsync(new JObject { ["action"] = "openCommune", ["communeId"] = "999999", ["page"] = "1" }))
            .Said("Je ne trouve pas cette commune dans votre intercommunalité.");
        (await consultant.SubmitAsync(new JObject { ["action"] = "markReviewed", ["communeId"] = "999999", ["reviewed"] = "mobilite" }))
            .Said("Je ne trouve pas cette commune dans votre intercommunalité.");

        await using var db = host.OpenDatabase();
        Assert.Equal(0, await db.ThemeReviewMarks.CountAsync());
    }

    [Fact]
    public async Task An_elu_clicking_a_review_card_is_told_it_is_for_consultants()
    {
        var elu = host.Conversation(ConsultantSetup.EluId);
        await elu.SayAsync("bonjour");

        var replies = await elu.SubmitAsync(new JObject { ["action"] = "openTheme", ["themeId"] = "mobilite", ["page"] = "1" });

        replies.Said("La relecture des réponses est réservée aux consultants et aux administrateurs de l'intercommunalité.");
        Assert.Contains("Commune 1/1 · Merville · difficultés", replies.Question().Text);
        Assert.Contains(host.Logs.GetSnapshot(), log => log.Level == LogLevel.Warning
            && log.Message.StartsWith("Refused Review (ReviewDialog) to participant", StringComparison.Ordinal));
    }
}
