using AutoDiag.Bot.Adapters;
using AutoDiag.Bot.Bots;
using AutoDiag.Bot.Downloads;
using AutoDiag.Bot.Middleware;
using AutoDiag.Bot.Reminders;
using AutoDiag.Bot.Storage;
using AutoDiag.Interview;
using AutoDiag.Interview.Documents;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Calendar;
using AutoDiag.Knowledge.CommuneProfiles;
using AutoDiag.Knowledge.Exports;
using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Invitations;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Pistes;
using AutoDiag.Knowledge.Privacy;
using AutoDiag.Knowledge.Reminders;
using AutoDiag.Knowledge.Review;
using AutoDiag.Knowledge.StateStore;
using AutoDiag.Knowledge.Synthesis;
using AutoDiag.Knowledge.Territories;
using AutoDiag.Knowledge.Testimonies;
using AutoDiag.Knowledge.Themes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace AutoDiag.Bot.Hosting;

public static class AutoDiagServiceCollectionExtensions
{
    /// <summary>Everything the bot needs: Bot Framework adapter, state in the database, domain services, dialogs.</summary>
    public static IServiceCollection AddAutoDiag(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpClient();
        services.AddSingleton(TimeProvider.System);
        services.AddAutoDiagDatabase(configuration);

        // Domain
        services.AddSingleton(_ => ThemeCatalog.LoadDefault());
        services.AddThemeCategorization(configuration);
        services.AddSingleton<TerritoryDirectory>();
        services.AddSingleton<ParticipantDirectory>();
        services.AddSingleton<AccessPolicy>();
        services.AddSingleton(configuration.GetSection(InvitationOptions.SectionName).Get<InvitationOptions>() ?? new InvitationOptions());
        services.AddSingleton<InvitationService>();
        services.AddSingleton<RosterDirectory>();
        services.AddSingleton<PersonalDataMasker>();
        services.AddSingleton<InterviewService>();
        services.AddSingleton<ThemeCorrectionService>();
        services.AddSingleton<AnswerWithdrawalService>();
        services.AddSingleton<RiskLevelChangeService>();
        // The fiches' index is built on first use, not at start-up.
        services.AddSingleton(new Lazy<PisteSearch>(PisteSearch.LoadDefault));
        services.AddSingleton<PisteSuggestionService>();
        services.AddSingleton<ThemeMatrixService>();
        services.AddSingleton<ThemeReviewService>();
        services.AddSingleton<TestimonyService>();
        services.AddSingleton<DemarcheCalendarService>();
        services.AddSingleton<FicheSyntheseService>();
        services.AddSingleton<AnswerExportService>();
        services.AddSingleton<CommuneProfileService>();
        services.AddSingleton<StateDocumentStore>();

        // Bot Framework: with no MicrosoftAppId configured, the SDK runs in local mode (Agents Playground).
        // The connector and user token clients are made once and shared by the turns: see SharedConnectorAuthentication.
        services.AddSingleton<ConfigurationBotFrameworkAuthentication>();
        services.AddSingleton<BotFrameworkAuthentication>(sp =>
            new SharedConnectorAuthentication(sp.GetRequiredService<ConfigurationBotFrameworkAuthentication>()));
        services.AddSingleton<EntityFrameworkStorage>();
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<EntityFrameworkStorage>());
        services.AddSingleton<IConversationStateStorage>(sp => sp.GetRequiredService<EntityFrameworkStorage>());
        services.AddSingleton<ConversationState, DatabaseConversationState>();
        services.AddSingleton<ConversationTurnGateMiddleware>();
        services.AddSingleton<RedeliveryGuardMiddleware>();
        services.AddSingleton<StateConflictRetryMiddleware>();
        services.AddSingleton<AutoDiagTurnMiddleware>();
        services.AddSingleton<IBotFrameworkHttpAdapter, AdapterWithErrorHandler>();

        // Download links: signed tickets, no storage; the documents are built when a link is opened.
        services.AddDataProtection().SetApplicationName("AutoDiag");
        services.AddHttpContextAccessor();
        services.Configure<DocumentLinkOptions>(configuration.GetSection(DocumentLinkOptions.SectionName));
        services.AddSingleton<SignedDocumentLinks>();
        services.AddSingleton<IDocumentLinks>(sp => sp.GetRequiredService<SignedDocumentLinks>());
        services.AddSingleton<DocumentGenerator>();

        // Reminders (README « Rappels »): conversation references, the planner, proactive sends through the adapter,
        // and the periodic check on every instance (each reminder claimed in the database before it is sent).
        services.AddSingleton((configuration.GetSection(ReminderOptions.SectionName).Get<ReminderOptions>() ?? new ReminderOptions()).Validate());
        services.AddSingleton<ReminderPlanner>();
        services.AddSingleton<ReminderContacts>();
        services.AddSingleton<ReminderService>();
        services.AddSingleton<IReminderChannel, AdapterReminderChannel>();
        services.AddSingleton<ConversationReferenceRecorder>();
        services.AddSingleton<ReminderScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderScheduler>());

        services.AddInterviewDialogs();
        services.AddTransient<IBot, AutoDiagBot>();
        services.AddAutoDiagOperations(configuration);
        return services;
    }
}
