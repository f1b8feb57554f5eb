using AutoDiag.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Tests.Review;

/// <summary>« calendrier »: the dates of the démarche, in one card.</summary>
public sealed class CalendarConversationTests : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotTestHost.StartAsync();
        await host.RegisterConsultantAndEluAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_dates_are_stored_and_read_back_in_french_the_card_is_prefilled_next_time()
    {
        var consultant = host.Conversation(ConsultantSetup.ConsultantId);
        var card = (await consultant.SayAsync("calendrier")).Question();
        Assert.StartsWith("CC Flandre Lys — calendrier de la démarche", card.Text);

        var saved = await consultant.SubmitAsync(card.Submit("Enregistrer le calendrier",
            ("date:PresentationAuxElus", "2026-09-01"), ("date:AteliersRessourcesDifficultes", "2026-10-13"),
            ("date:SoireeTemoignages", ""), ("history", "Un CIAS existe depuis 2012.")));

        saved.Said("Le calendrier est enregistré :");
        saved.DidNotSay("masqué");
        saved.Said("• Présentation de la démarche aux élus : 1er septembre 2026");
        saved.Said("• Soirée de témoignages des acteurs locaux et institutionnels : à préciser");
        await using (var db = host.OpenDatabase())
        {
            var stored = await db.DemarcheCalendars.SingleAsync();
            Assert.Equal((new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 13), (DateOnly?)null), (stored.PresentationAuxElus!.Value, stored.AteliersRessourcesDifficultes!.Value, stored.SoireeTemoignages));
            Assert.Equal("Un CIAS existe depuis 2012.", stored.History);
        }
        var next = (await consultant.SayAsync("calendrier")).Question();
        Assert.Equal("2026-10-13", (string)next.Card!.SelectToken("$.body[?(@.id == 'date:AteliersRessourcesDifficultes')].value")!);
    }

    [Fact]
    public async Task A_history_naming_a_resident_is_stored_masked_and_the_consultant_is_told()
    {
        var consultant = host.Conversation(ConsultantSetup.ConsultantId);
        var card = (await consultant.SayAsync("calendrier")).Question();

        var saved = await consultant.SubmitAsync(card.Submit("Enregistrer le calendrier", ("history", "Contact Mme Lefebvre 03 21 00 00 00")));

        saved.Said("Pour protéger les habitants, j'ai masqué un numéro de téléphone et un nom avant d'enregistrer l'historique.");
        await using var db = host.OpenDatabase();
        Assert.Equal("Contact Mme [nom] [téléphone]", (await db.DemarcheCalendars.SingleAsync()).History);
    }

    [Fact]
    public async Task Steps_out_of_order_are_explained_and_the_card_comes_back_as_filled()
    {
        var consultant = host.Conversation(ConsultantSetup.ConsultantId);
        var card = (await consultant.SayAsync("calendrier")).Question();

        var again = (await consultant.SubmitAsync(card.Submit("Enregistrer le calendrier",
            ("date:PresentationAuxElus", "2026-09-15"), ("date:Restitution", "2026-03-01")))).Question();

        Assert.Contains("La date de l'étape Restitution tombe avant celle de l'étape précédente", again.Text);
        Assert.Equal("2026-03-01", (string)again.Card!.SelectToken("$.body[?(@.id == 'date:Restitution')].value")!);
        await using var db = host.OpenDatabase();
        Assert.Equal(0, await db.DemarcheCalendars.CountAsync());
    }

    [Fact]
    public async Task A_field_sent_as_an_object_clears_nothing()
    {
        var consultant = host.Conversation(ConsultantSetup.ConsultantId);
        var card = (await consultant.SayAsync("calendrier")).Question();
        await consultant.SubmitAsync(card.Submit("Enregistrer le calendrier", ("date:PresentationAuxElus", "2026-09-15"), ("history", "Un CIAS existe depuis 2012.")));
        var tampered = card.Submit("Enregistrer le calendrier", ("history", "gardé"));
        tampered["date:PresentationAuxElus"] = new JObject { ["a"] = 1 };

        (await consultant.SubmitAsync(tampered)).Said("Je n'ai pas pu lire cette carte ; rien n'a été enregistré.");

        await using var db = host.OpenDatabase();
        var stored = await db.DemarcheCalendars.SingleAsync();
        Assert.Equal((new DateOnly(2026, 9, 15), "Un CIAS existe depuis 2012."), (stored.PresentationAuxElus!.Value, stored.History));
    }

    [Fact]
    public async Task An_unreadable_date_is_explained()
    {
        var consultant = host.Conversation(ConsultantSetup.ConsultantId);
        var card = (await consultant.SayAsync("calendrier")).Question();

        var again = (await consultant.SubmitAsync(card.Submit("Enregistrer le calendrier", ("date:SoireeTemoignages", "mardi prochain")))).Question();

        Assert.Contains("Je n'arrive pas à lire la date de l'étape Soirée de témoignages des acteurs locaux et institutionnels", again.Text);
    }
}
