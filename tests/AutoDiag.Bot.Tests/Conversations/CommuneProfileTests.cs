using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.CommuneProfiles;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Tests.Conversations;

/// <summary>« fiche commune »: the secrétaire de mairie fills the commune's fiche on a card, between two questions of the interview.</summary>
public sealed class CommuneProfileTests : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    /// <summary>The card's submit as Teams sends it: the button's data merged with the inputs' values.</summary>
    private static JObject Fill(BotReply card, object values)
    {
        var submit = (JObject)card.SubmitData.DeepClone();
        submit.Merge(JObject.FromObject(values));
        return submit;
    }

    private static string? InputValue(BotReply card, string id) =>
        (string?)card.Card!.SelectTokens("$..body[*]").Single(t => (string?)t["id"] == id)["value"];

    [Fact]
    public async Task The_secretaire_fills_the_fiche_an_invalid_population_is_explained_and_the_interview_resumes()
    {
        var secretaire = host.Conversation();
        var firstQuestion = (await secretaire.OnboardSecretaireAsync("Merville")).Question().Text;
        Assert.Contains("Commune 1/1 · Merville · difficultés", firstQuestion);

        var card = (await secretaire.SayAsync("fiche commune")).Question();
        Assert.Contains("Fiche commune · Merville", card.Text);
        Assert.DoesNotContain("Dernière modification", card.Text);

        // Too many inhabitants: explained, and the card comes back with what was typed.
        var refused = await secretaire.SubmitAsync(Fill(card, new Dictionary<string, object>
        {
            ["population"] = "41000", ["populationYear"] = "2021", ["households"] = "1650",
            ["service:ecole"] = "true", ["service:pharmacie"] = "true", ["service:medecin"] = "false",
            ["associations"] = "Club des aînés", ["contact"] = "Mairie, 03 28 00 00 00",
        }));
        refused.Said("La fiche n'est pas encore enregistrée :");
        refused.Said("La population ne peut pas dépasser celle de l'intercommunalité (40 239 habitants).");
        var again = refused.Question();
        Assert.Contains("Fiche commune · Merville", again.Text);
        Assert.Equal("41000", InputValue(again, "population"));
        Assert.Equal("Club des aînés", InputValue(again, "associations"));
        Assert.Equal("true", InputValue(again, "service:pharmacie"));
        await using (var db = host.OpenDatabase())
        {
            Assert.Empty(await db.CommuneProfileRevisions.ToListAsync());
        }

        var saved = await secretaire.SubmitAsync(Fill(again, new Dictionary<string, object>
        {
            ["population"] = "4120", ["populationYear"] = "2021", ["households"] = "1650",
            ["service:ecole"] = "true", ["service:pharmacie"] = "true", ["service:medecin"] = "false",
            ["associations"] = "Club des aînés", ["contact"] = "Mairie, 03 28 00 00 00",
        }));

        var confirmation = saved.Said("Fiche de Merville enregistrée.");
        Assert.Contains("4 120 habitants (2021) · 1 650 ménages · 2 services · associations : « Club des aînés »", confirmation.Text);
        Assert.Equal(firstQuestion, saved.Question().Text);
        await using (var db = host.OpenDatabase())
        {
            var stored = await db.CommuneProfileRevisions.SingleAsync();
            var merville = await db.Communes.SingleAsync(c => c.Name == "Merville");
            var participant = await db.Participants.SingleAsync();
            Assert.Equal((merville.Id, 4120, 2021, 1650), (stored.CommuneId, stored.Population, stored.PopulationYear, stored.Households));
            Assert.Equal($"{CommuneService.Ecole},{CommuneService.Pharmacie}", stored.Services);
            Assert.Equal(("Club des aînés", "Mairie, 03 28 00 00 00"), (stored.Associations, stored.Contact));
            Assert.Equal(participant.Id, stored.ChangedByParticipantId);
        }

        // The answer to the interview question is still taken after the fiche.
        var answered = await secretaire.SayAsync("Beaucoup de familles au RSA");
        answered.Said("Précarité");
    }

    [Theory]
    [InlineData("associations")]
    [InlineData("contact")]
    public async Task A_fiche_with_an_object_in_a_field_is_refused_the_fiche_kept_and_the_conversation_goes_on(string field)
    {
        var secretaire = host.Conversation();
        await secretaire.OnboardSecretaireAsync("Merville");
        var card = (await secretaire.SayAsync("fiche commune")).Question();
        (await secretaire.SubmitAsync(Fill(card, new Dictionary<string, object>
        {
            ["population"] = "4120", ["populationYear"] = "2021", ["households"] = "", ["associations"] = "Lien social", ["contact"] = "mairie",
        }))).Said("Fiche de Merville enregistrée");
        var again = (await secretaire.SayAsync("fiche commune")).Question();
        var tampered = Fill(again, new Dictionary<string, object> { ["population"] = "abc", ["associations"] = "Lien social", ["contact"] = "mairie" });
        tampered[field] = new JObject { ["a"] = 1 };

        var replies = await secretaire.SubmitAsync(tampered);

        replies.Said("Je n'ai pas pu lire cette carte ; rien n'a été enregistré.");
        replies.DidNotSay("quelque chose s'est mal passé");
        (await secretaire.SayAsync("récap")).DidNotSay("Bon retour");
        await using var db = host.OpenDatabase();
        var kept = await db.CommuneProfileRevisions.SingleAsync();
        Assert.Equal(("Lien social", "mairie"), (kept.Associations, kept.Contact));
    }

    [Fact]
    public async Task A_second_save_shows_the_previous_value_in_the_history()
    {
        var secretaire = host.Conversation();
        var firstQuestion = (await secretaire.OnboardSecretaireAsync("Merville")).Question().Text;
        var values = new Dictionary<string, object>
        {
            ["population"] = "4120", ["populationYear"] = "2021", ["households"] = "",
            ["service:ecole"] = "true", ["associations"] = "", ["contact"] = "",
        };
        var card = (await secretaire.SayAsync("fiche commune")).Question();
        await secretaire.SubmitAsync(Fill(card, values));

        var second = (await secretaire.SayAsync("fiche commune")).Question();
        Assert.Equal("4120", InputValue(second, "population"));
        Assert.Equal("true", InputValue(second, "service:ecole"));
        Assert.Matches(@"Dernière modification : \d\d/\d\d/\d{4} par Marie Dupont", second.Text);
        values["population"] = "4180";
        values["service:pharmacie"] = "true";
        await secretaire.SubmitAsync(Fill(second, values));

        var history = await secretaire.SayAsync("historique fiche");

        var shown = history.Said("Historique de la fiche de Merville :");
        Assert.Contains("Marie Dupont : Population : 4 120 → 4 180 ; Services : + Pharmacie", shown.Text);
        Assert.Contains("Marie Dupont : fiche créée", shown.Text);
        Assert.Equal(firstQuestion, history.Question().Text);
        await using var db = host.OpenDatabase();
        Assert.Equal([4120, 4180], await db.CommuneProfileRevisions.OrderBy(r => r.Id).Select(r => r.Population!.Value).ToListAsync());
    }

    [Fact]
    public async Task The_history_button_of_the_card_shows_the_changes_and_keeps_the_card_open()
    {
        var secretaire = host.Conversation();
        await secretaire.OnboardSecretaireAsync("Merville");
        var card = (await secretaire.SayAsync("fiche commune")).Question();

        var history = card.Card!.SelectToken("$.actions[1].data")!.DeepClone();
        var replies = await secretaire.SubmitAsync(history);

        replies.Said("La fiche de Merville n'a pas encore été remplie.");
        Assert.Contains("Fiche commune · Merville", replies.Question().Text);
    }

    [Fact]
    public async Task A_participant_with_several_communes_chooses_which_fiche()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville, Estaires");

        var asked = await elu.SayAsync("fiche commune");
        asked.Said("Pour quelle commune voulez-vous remplir la fiche ?");
        var card = (await elu.SayAsync("Estaires")).Question();

        Assert.Contains("Fiche commune · Estaires", card.Text);
    }

    [Fact]
    public async Task A_population_that_is_not_a_number_is_explained()
    {
        var secretaire = host.Conversation();
        await secretaire.OnboardSecretaireAsync("Merville");
        var card = (await secretaire.SayAsync("fiche commune")).Question();

        var replies = await secretaire.SubmitAsync(Fill(card, new { population = "beaucoup", populationYear = "2030" }));

        replies.Said("La population doit être un nombre entier, par exemple 4 180.");
        Assert.Contains("Fiche commune · Merville", replies.Question().Text);
        await using var db = host.OpenDatabase();
        Assert.Empty(await db.CommuneProfileRevisions.ToListAsync());
    }
}
