using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Learning;
using AutoDiag.Knowledge.Themes;
using AutoDiag.Knowledge.Themes.Cloud;

namespace AutoDiag.Bot.Hosting;

public static class CategorizationServiceCollectionExtensions
{
    /// <summary>
    /// The local categoriser, taught the corrections people make. When <c>Categorization:AzureLanguage</c>
    /// is fully configured, Azure AI Language answers first and the local categoriser takes over on any failure.
    /// </summary>
    public static IServiceCollection AddThemeCategorization(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(CategorizationOptions.SectionName).Get<CategorizationOptions>() ?? new CategorizationOptions());
        services.AddSingleton(_ => LocalThemeCategorizer.LoadDefault());
        services.AddSingleton<CorrectionTrainingSource>();
        services.AddSingleton<CategorizerTrainer>();
        services.AddSingleton<ICorrectionListener>(sp => sp.GetRequiredService<CategorizerTrainer>());

        var azure = configuration.GetSection(AzureLanguageOptions.SectionName).Get<AzureLanguageOptions>();
        if (!AzureLanguageOptions.IsConfigured(azure))
        {
            services.AddSingleton<IThemeCategorizer>(sp => sp.GetRequiredService<LocalThemeCategorizer>());
            return services;
        }

        services.AddSingleton(azure!);
        services.AddHttpClient<AzureLanguageThemeCategorizer>();
        services.AddSingleton<IThemeCategorizer>(sp => new FallbackThemeCategorizer(
            sp.GetRequiredService<AzureLanguageThemeCategorizer>(),
            sp.GetRequiredService<LocalThemeCategorizer>(),
            sp.GetRequiredService<ILogger<FallbackThemeCategorizer>>()));
        return services;
    }
}
