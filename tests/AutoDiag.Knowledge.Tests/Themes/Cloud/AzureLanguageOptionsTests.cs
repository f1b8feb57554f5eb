using AutoDiag.Knowledge.Themes;
using AutoDiag.Knowledge.Themes.Cloud;

namespace AutoDiag.Knowledge.Tests.Themes.Cloud;

public sealed class AzureLanguageOptionsTests
{
    [Fact]
    public void Defaults_AreOffAndDocumented()
    {
        var options = new AzureLanguageOptions();

        Assert.Equal("Categorization:AzureLanguage", AzureLanguageOptions.SectionName);
        Assert.False(AzureLanguageOptions.IsConfigured(options));
        Assert.Equal("2023-04-01", options.ApiVersion);
        Assert.Equal(TimeSpan.FromSeconds(3), options.Timeout);
        Assert.Equal(0.5, options.MinimumConfidence);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.PollInterval);
    }

    [Fact]
    public void IsConfigured_WhenEveryRequiredValueIsGiven()
    {
        Assert.True(AzureLanguageOptions.IsConfigured(Complete()));
        Assert.False(AzureLanguageOptions.IsConfigured(null));
    }

    [Theory]
    [InlineData(nameof(AzureLanguageOptions.Endpoint), null)]
    [InlineData(nameof(AzureLanguageOptions.Endpoint), " ")]
    [InlineData(nameof(AzureLanguageOptions.ApiKey), null)]
    [InlineData(nameof(AzureLanguageOptions.ApiKey), "")]
    [InlineData(nameof(AzureLanguageOptions.ProjectName), null)]
    [InlineData(nameof(AzureLanguageOptions.DeploymentName), "")]
    public void Incomplete_IsNotConfigured_AndTheCloudCategorizerCannotBeBuilt(string property, string? value)
    {
        var options = Complete();
        typeof(AzureLanguageOptions).GetProperty(property)!.SetValue(options, value);

        Assert.False(AzureLanguageOptions.IsConfigured(options));
        Assert.Throws<ArgumentException>(() => Build(options));
    }

    [Theory]
    [InlineData("http://langue.cognitiveservices.azure.com")]
    [InlineData("ftp://langue.cognitiveservices.azure.com")]
    [InlineData("langue.cognitiveservices.azure.com")]
    [InlineData("https://langue.cognitiveservices.azure.com/?key=1")]
    public void UnsafeOrInvalidEndpoint_IsRefused(string endpoint)
    {
        var options = Complete();
        options.Endpoint = endpoint;

        Assert.Throws<ArgumentException>(() => Build(options));
    }

    [Fact]
    public void InvalidLimits_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => Build(With(options => options.Timeout = TimeSpan.Zero)));
        Assert.Throws<ArgumentException>(() => Build(With(options => options.PollInterval = TimeSpan.FromSeconds(-1))));
        Assert.Throws<ArgumentException>(() => Build(With(options => options.MinimumConfidence = 1.5)));
        Assert.Throws<ArgumentException>(() => Build(With(options => options.ApiVersion = " ")));
    }

    [Fact]
    public void CompleteOptions_BuildTheCloudCategorizer()
    {
        var categorizer = Build(Complete());

        Assert.IsAssignableFrom<IThemeCategorizer>(categorizer);
    }

    private static AzureLanguageOptions Complete() =>
        new()
        {
            Endpoint = "https://langue.cognitiveservices.azure.com",
            ApiKey = "key",
            ProjectName = "autodiag-themes",
            DeploymentName = "production",
        };

    private static AzureLanguageOptions With(Action<AzureLanguageOptions> change)
    {
        var options = Complete();
        change(options);
        return options;
    }

    private static AzureLanguageThemeCategorizer Build(AzureLanguageOptions options)
    {
        using var http = new HttpClient();
        return new AzureLanguageThemeCategorizer(
            http, options, ThemeCatalog.LoadDefault(), new ListLogger<AzureLanguageThemeCategorizer>(), TimeProvider.System);
    }
}
