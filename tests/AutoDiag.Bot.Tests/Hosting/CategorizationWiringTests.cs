using AutoDiag.Bot.Hosting;
using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Themes;
using AutoDiag.Knowledge.Themes.Cloud;
using Microsoft.Extensions.DependencyInjection;

namespace AutoDiag.Bot.Tests.Hosting;

/// <summary>Residents' answers leave the server only when Azure AI Language is fully configured.</summary>
public sealed class CategorizationWiringTests
{
    [Fact]
    public async Task Without_azure_settings_the_local_categoriser_answers()
    {
        await using var host = await BotTestHost.StartAsync(ownCategorizer: true);

        Assert.IsType<LocalThemeCategorizer>(Answering(host));
    }

    [Fact]
    public async Task With_incomplete_azure_settings_nothing_is_sent_anywhere()
    {
        await using var host = await BotTestHost.StartAsync(ownCategorizer: true, settings: new Dictionary<string, string?>
        {
            ["Categorization:AzureLanguage:Endpoint"] = "https://example.cognitiveservices.azure.com",
            ["Categorization:AzureLanguage:ApiKey"] = "secret",
        });

        Assert.IsType<LocalThemeCategorizer>(Answering(host));
    }

    [Fact]
    public async Task With_complete_azure_settings_the_cloud_answers_first_with_the_local_one_behind()
    {
        await using var host = await BotTestHost.StartAsync(ownCategorizer: true, settings: new Dictionary<string, string?>
        {
            ["Categorization:AzureLanguage:Endpoint"] = "https://example.cognitiveservices.azure.com",
            ["Categorization:AzureLanguage:ApiKey"] = "secret",
            ["Categorization:AzureLanguage:ProjectName"] = "autodiag",
            ["Categorization:AzureLanguage:DeploymentName"] = "production",
            ["Categorization:AzureLanguage:Timeout"] = "00:00:02",
        });

        Assert.IsType<FallbackThemeCategorizer>(Answering(host));
        Assert.Equal(TimeSpan.FromSeconds(2), host.Services.GetRequiredService<AzureLanguageOptions>().Timeout);
    }

    /// <summary>The categoriser behind the one that counts categorisations (<see cref="InstrumentedThemeCategorizer"/>).</summary>
    private static IThemeCategorizer Answering(BotTestHost host) =>
        Assert.IsType<InstrumentedThemeCategorizer>(host.Services.GetRequiredService<IThemeCategorizer>()).Inner;
}
