using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Themes;
using Microsoft.Extensions.DependencyInjection;

namespace AutoDiag.Bot.Tests.Conversations;

/// <summary>With the real local categoriser: what people correct changes what it says next, and survives a restart.</summary>
public sealed class CorrectionLearningTests : IAsyncLifetime
{
    private const string Answer = "La fête du village n'a plus lieu faute de bénévoles";
    private const string SimilarAnswer = "La fête du village n'aura plus lieu cette année, faute de bénévoles";
    private static readonly Dictionary<string, string?> RetrainOnEachCorrection = new() { ["Categorization:RetrainEveryCorrections"] = "1" };
    private BotTestHost host = null!;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync(ownCategorizer: true, settings: RetrainOnEachCorrection);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_correction_changes_the_next_prediction_for_a_similar_text_even_after_a_restart()
    {
        var categorizer = host.Services.GetRequiredService<IThemeCategorizer>();
        Assert.DoesNotContain("logement", ThemesOf(categorizer, SimilarAnswer));

        var elu = host.Conversation("aad-learning");
        await elu.OnboardEluAsync("Merville");
        var ack = (await elu.SayAsync(Answer)).Acknowledgement();
        (await elu.SubmitAsync(ThemeCorrection.Submit(ack, "logement"))).Said("C'est corrigé — Logement.");

        Assert.Equal("logement", ThemesOf(categorizer, SimilarAnswer)[0]);

        var databasePath = host.DatabasePath;
        await host.DisposeAsync();
        host = await BotTestHost.StartAsync(databasePath, ownCategorizer: true, settings: RetrainOnEachCorrection);
        Assert.Equal("logement", ThemesOf(host.Services.GetRequiredService<IThemeCategorizer>(), SimilarAnswer)[0]);
    }

    private static List<string> ThemesOf(IThemeCategorizer categorizer, string text) =>
        categorizer.Categorize(text).Themes.Select(t => t.ThemeId).ToList();
}
