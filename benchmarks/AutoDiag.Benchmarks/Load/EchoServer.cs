using AutoDiag.Bot.Adapters;
using AutoDiag.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AutoDiag.Benchmarks.Load;

/// <summary>
/// The floor of the load benchmark: the SDK's <see cref="CloudAdapter"/> — the class the bot's
/// <c>AdapterWithErrorHandler</c> derives from, wired with the bot's own code (configuration authentication in local mode
/// whose connector clients share their contract resolvers, the connector's HTTP client from <c>IHttpClientFactory</c> with
/// the bot's retries) on the same <c>POST /api/messages</c> endpoint — with
/// a bot that sends the message's text back: no middleware, no dialog, no state, no database. Run in its own process
/// by the <c>load</c> command, with the bot's <c>appsettings.json</c> so that it logs what the bot logs.
/// </summary>
public static class EchoServer
{
    public const string Command = "load-echo-server";

    /// <param name="args"><c>--settings PATH</c> (the bot's appsettings.json), then ASP.NET Core arguments such as <c>--urls</c>.</param>
    public static async Task<int> Run(IReadOnlyList<string> args)
    {
        var rest = args.ToList();
        string? settings = null;
        if (rest.IndexOf("--settings") is var at and >= 0 && at + 1 < rest.Count)
        {
            settings = rest[at + 1];
            rest.RemoveRange(at, 2);
        }

        var builder = WebApplication.CreateBuilder(rest.ToArray());
        if (settings is not null)
        {
            builder.Configuration.AddJsonFile(settings, optional: false);
            // Environment variables and the command line keep the last word, as in the bot.
            builder.Configuration.AddEnvironmentVariables();
            builder.Configuration.AddCommandLine(rest.ToArray());
        }
        // As the bot registers them (AutoDiagServiceCollectionExtensions, ConnectorResilienceServiceCollectionExtensions).
        builder.Services.AddHttpClient();
        builder.Services.AddConnectorResilience(builder.Configuration);
        builder.Services.AddSingleton<ConfigurationBotFrameworkAuthentication>();
        builder.Services.AddSingleton<BotFrameworkAuthentication>(sp =>
            new SharedConnectorAuthentication(sp.GetRequiredService<ConfigurationBotFrameworkAuthentication>()));
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter, EchoAdapter>();
        builder.Services.AddTransient<IBot, EchoBot>();

        var app = builder.Build();
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken ct) =>
            adapter.ProcessAsync(request, response, bot, ct));
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        await app.RunAsync();
        return 0;
    }

    /// <summary>The CloudAdapter with an error handler that logs and tells the user, like the bot's.</summary>
    private sealed class EchoAdapter : CloudAdapter
    {
        public EchoAdapter(BotFrameworkAuthentication auth, ILogger<IBotFrameworkHttpAdapter> logger)
            : base(auth, logger)
        {
            OnTurnError = async (turnContext, exception) =>
            {
                logger.LogError(exception, "Unhandled error in conversation {ConversationId}", turnContext.Activity.Conversation?.Id);
                await turnContext.SendActivityAsync("Désolé, quelque chose s'est mal passé.");
            };
        }
    }

    /// <summary>The SDK's echo sample, answering with the text as it came.</summary>
    private sealed class EchoBot : ActivityHandler
    {
        protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
            turnContext.SendActivityAsync(MessageFactory.Text(turnContext.Activity.Text), cancellationToken);
    }
}
