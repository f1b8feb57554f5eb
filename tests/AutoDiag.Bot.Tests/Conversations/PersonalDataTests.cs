using AutoDiag.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Bot.Tests.Conversations;

/// <summary>Élus name residents; only the masked text is stored, and the élu is told briefly.</summary>
public sealed class PersonalDataTests : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task An_answer_naming_a_resident_is_stored_masked_and_the_elu_is_told_without_repeating_it()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");

        var replies = await elu.SayAsync("Les personnes âgées isolées, comme Mme Dupont, 87 ans, tel 06 12 34 56 78");

        replies.Said("Noté — Vieillissement, Lien social.");
        replies.Said("Pour protéger les habitants, j'ai masqué un numéro de téléphone, un nom et un âge avant d'enregistrer la réponse. Pour transmettre un contact utile, donnez-le directement à votre consultant.");
        replies.DidNotSay("Dupont");
        replies.DidNotSay("06 12");
        await using var db = host.OpenDatabase();
        Assert.Equal("Les personnes âgées isolées, comme Mme [nom], [âge], tel [téléphone]", (await db.Answers.SingleAsync()).Text);
    }

    [Fact]
    public async Task An_answer_without_personal_data_gets_no_notice()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");

        var replies = await elu.SayAsync("Le bus ne passe plus le samedi");

        replies.DidNotSay("masqué");
        await using var db = host.OpenDatabase();
        Assert.Equal("Le bus ne passe plus le samedi", (await db.Answers.SingleAsync()).Text);
    }
}
