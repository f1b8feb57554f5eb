using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Answers;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Tests.Review;

/// <summary>« témoignage »: what local actors said at the soirée de témoignages, recorded by the consultant, kept apart.</summary>
public sealed class TestimonyConversationTests : IAsyncLifetime
{
    private BotTestHost host = null!;
    private int eluId;

    public async Task InitializeAsync()
    {
        host = await BotTestHost.StartAsync();
        (_, _, eluId) = await host.RegisterConsultantAndEluAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private static (string, string)[] MissionLocale(string structure = "Mission Locale") =>
    [
        ("structure", structure),
        ("perceptions", "Les jeunes sans permis ne peuvent pas aller à la Mission Locale"),
        ("enjeux", "Des jeunes décrochent faute de transport."),
        ("preconisations", "Aider au permis de conduire."),
    ];

    [Fact]
    public async Task A_testimony_is_stored_with_its_themes_apart_from_the_answers()
    {
        var consultant = host.Conversation(ConsultantSetup.ConsultantId);
        var card = (await consultant.SayAsync("témoignage")).Question();
        Assert.Contains("Notez ce qu'une structure a dit à la soirée de témoignages.", card.Text);

        var ack = (await consultant.SubmitAsync(card.Submit("Enregistrer le témoignage", MissionLocale()))).Question();

        Assert.Contains("Témoignage de « Mission Locale » enregistré — Mobilité, Insertion et emploi et Jeunesse.", ack.Text);
        Assert.Contains("1 témoignage enregistré pour l'intercommunalité.", ack.Text);
        Assert.DoesNotContain("masqué", ack.Text);
        await using var db = host.OpenDatabase();
        var stored = await db.Testimonies.Include(t => t.Tags).SingleAsync();
        Assert.Equal(("Mission Locale", "Aider au permis de conduire."), (stored.Structure, stored.Preconisations));
        Assert.Contains(stored.Tags, t => t.ThemeId == "mobilite" && t.Source == TagSource.Automatic);
        Assert.Equal(0, await db.Answers.CountAsync());
    }

    [Fact]
    public async Task A_testimony_naming_residents_is_stored_masked_and_the_consultant_is_told()
    {
        var consultant = host.Conversation(ConsultantSetup.ConsultantId);
        var card = (await consultant.SayAsync("témoignage")).Question();

        var ack = (await consultant.SubmitAsync(card.Submit("Enregistrer le témoignage",
            ("structure", "CCAS"), ("perceptions", "Mme Durand, 87 ans, vit seule"), ("enjeux", "Appeler M. Petit au 03 28 00 00 00")))).Question();

        Assert.Contains("Pour protéger les habitants, j'ai masqué un numéro de téléphone, deux noms et un âge avant d'enregistrer le témoignage.", ack.Text);
        await using var db = host.OpenDatabase();
        var stored = await db.Testimonies.SingleAsync();
        Assert.Equal(("Mme [nom], [âge], vit seule", "Appeler M. [nom] au [téléphone]"), (stored.Perceptions, stored.Enjeux));
    }

    [Fact]
    public async Task A_testimony_without_its_structure_is_explained_and_the_card_comes_back_as_typed()
    {
        var consultant = host.Conversation(ConsultantSetup.ConsultantId);
        var card = (await consultant.SayAsync("témoignage")).Question();

        var again = (await consultant.SubmitAsync(card.Submit("Enregistrer le témoignage", MissionLocale(structure: "  ")))).Question();

        Assert.Contains("Il manque le nom de la structure", again.Text);
        Assert.Equal("Aider au permis de conduire.", (string)again.Card!.SelectToken("$.body[?(@.id == 'preconisations')].value")!);
        await using var db = host.OpenDatabase();
        Assert.Equal(0, await db.Testimonies.CountAsync());
    }

    [Fact]
    public async Task The_themes_of_a_testimony_can_be_corrected()
    {
        var consultant = host.Conversation(ConsultantSetup.ConsultantId);
        var card = (await consultant.SayAsync("témoignage")).Question();
        var ack = (await consultant.SubmitAsync(card.Submit("Enregistrer le témoignage", MissionLocale()))).Question();
        var testimonyId = (string)ack.Action("Corriger les thèmes").SelectToken("$.card.actions[0].data.testimonyId")!;

        (await consultant.SubmitAsync(ack.Submit("Corriger les thèmes", "Enregistrer", ($"theme:jeunesse:{testimonyId}", "true")), card: ack))
            .Said("C'est corrigé — Jeunesse.");

        // The card clicked now shows the corrected themes.
        var replaced = Assert.Single(consultant.Updates);
        Assert.Equal(ack.Activity.Id, replaced.Activity.Id);
        Assert.Contains("Témoignage de « Mission Locale » enregistré — Jeunesse.", replaced.Text);

        await using var db = host.OpenDatabase();
        Assert.Equal(["jeunesse"], await db.TestimonyTags.Where(t => t.Source == TagSource.Human).Select(t => t.ThemeId).ToListAsync());
    }

    [Fact]
    public async Task In_a_theme_listing_testimonies_are_shown_under_their_own_heading_not_as_answers()
    {
        await host.AddAnswersAsync(eluId, "Merville", ["Le bus ne passe plus le samedi"], "mobilite");
        var consultant = host.Conversation(ConsultantSetup.ConsultantId);
        var card = (await consultant.SayAsync("témoignage")).Question();
        await consultant.SubmitAsync(card.Submit("Enregistrer le témoignage", MissionLocale()));

        var listing = (await consultant.SubmitAsync(new JObject { ["action"] = "openTheme", ["themeId"] = "mobilite", ["page"] = "1" })).Question();

        Assert.Contains("1 réponse · page 1 sur 1", listing.Text);
        var heading = listing.Text.IndexOf("Ce qu'ont dit les acteurs locaux (témoignages)", StringComparison.Ordinal);
        Assert.True(heading > listing.Text.IndexOf("Le bus ne passe plus le samedi", StringComparison.Ordinal));
        Assert.Contains("Mission Locale : Les jeunes sans permis", listing.Text[heading..]);
    }

    [Fact]
    public async Task An_elu_cannot_record_a_testimony()
    {
        var elu = host.Conversation(ConsultantSetup.EluId);
        await elu.SayAsync("bonjour");

        var replies = await elu.SubmitAsync(new JObject { ["action"] = "recordTestimony", ["structure"] = "ADMR", ["perceptions"] = "Rien" });

        replies.Said("Les témoignages des acteurs locaux sont saisis par les consultants et les administrateurs de l'intercommunalité.");
        await using var db = host.OpenDatabase();
        Assert.Equal(0, await db.Testimonies.CountAsync());
    }
}
