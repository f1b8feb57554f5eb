using AutoDiag.Bot.Tests.Support;

namespace AutoDiag.Bot.Tests.Review;

/// <summary>« fiche synthèse » and « exporter » answer with links for consultants only.</summary>
public sealed class DocumentsConversationTests : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotTestHost.StartAsync();
        await host.RegisterConsultantAndEluAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_consultant_gets_personal_links_with_their_lifetime()
    {
        var card = (await host.Conversation(ConsultantSetup.ConsultantId).SayAsync("fiche synthèse")).Question();

        Assert.StartsWith("Voici le brouillon de fiche synthèse de la CC Flandre Lys", card.Text);
        Assert.Contains("Ces liens sont personnels et valables 1 heure.", card.Text);
        Assert.StartsWith(BotTestHost.PublicBaseUrl + "downloads/", (string)card.Action("Fiche synthèse (page à imprimer)")["url"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_elu_asking_for_an_export_is_told_it_is_for_consultants_and_gets_the_question_again()
    {
        var elu = host.Conversation(ConsultantSetup.EluId);
        await elu.SayAsync("bonjour");

        var replies = await elu.SayAsync("exporter");

        replies.Said("La fiche synthèse et les exports sont réservés aux consultants et aux administrateurs de l'intercommunalité.");
        Assert.Contains("Commune 1/1 · Merville · difficultés", replies.Question().Text);
        Assert.Null(replies.Select(r => r.Card).FirstOrDefault(c => c?.SelectToken("$..[?(@.type == 'Action.OpenUrl')]") is not null));
    }
}
