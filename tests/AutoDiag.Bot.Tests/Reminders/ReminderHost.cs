using AutoDiag.Bot.Reminders;
using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Reminders;
using AutoDiag.Knowledge.Themes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AutoDiag.Bot.Tests.Reminders;

/// <summary>
/// The bot's real services on a fake clock, with the channel's connector captured: the conversations run through the
/// SDK's TestAdapter, and the reminders go out through the bot's own CloudAdapter to <see cref="Connector"/>, as they
/// would to Teams. <see cref="CheckAsync"/> is one pass of the periodic check.
/// </summary>
public sealed class ReminderHost : IAsyncDisposable
{
    /// <summary>Saturday 28 November 2026, 10:00 in Paris.</summary>
    public static readonly DateTimeOffset Start = Paris(2026, 11, 28, 10);

    private readonly RefusingChannel channel;

    private ReminderHost(BotTestHost host, FakeTimeProvider clock, RecordingConnectorHandler connector, RefusingChannel channel)
    {
        Host = host;
        Clock = clock;
        Connector = connector;
        this.channel = channel;
    }

    /// <summary>The connector refuses this many of the next messages (403: the user blocked the bot), then records again.</summary>
    public void RefuseNextSends(int count) => channel.Refuse(count);

    public BotTestHost Host { get; }

    public FakeTimeProvider Clock { get; }

    public RecordingConnectorHandler Connector { get; }

    public ReminderService Reminders => Host.Services.GetRequiredService<ReminderService>();

    public int Intercommunality { get; private set; }

    public int Merville { get; private set; }

    public static DateTimeOffset Paris(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0);
        return new DateTimeOffset(local, ReminderPlanner.Paris.GetUtcOffset(local));
    }

    /// <param name="databasePath">Another host's SQLite file: a second instance of the bot on the same database.</param>
    /// <param name="settings">PostgreSQL settings for a host on PostgreSQL (<see cref="BotTestHost.PostgresSettings"/>).</param>
    public static async Task<ReminderHost> StartAsync(
        FakeTimeProvider? clock = null, RecordingConnectorHandler? connector = null, string? databasePath = null, IDictionary<string, string?>? settings = null)
    {
        clock ??= new FakeTimeProvider(Start);
        connector ??= new RecordingConnectorHandler();
        var channel = new RefusingChannel(connector);
        var host = await BotTestHost.StartAsync(databasePath: databasePath, settings: settings, configureServices: services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => channel));
        });
        var reminders = new ReminderHost(host, clock, connector, channel);
        await using var db = host.OpenDatabase();
        reminders.Intercommunality = (await db.Intercommunalities.SingleAsync()).Id;
        reminders.Merville = await db.Communes.Where(c => c.Name == "Merville").Select(c => c.Id).SingleAsync();
        return reminders;
    }

    public async Task<ParticipantProfile> RegisterAsync(string userId, string name, ParticipantRole role = ParticipantRole.Elu) =>
        await Host.Services.GetRequiredService<ParticipantDirectory>().RegisterAsync(
            new Registration(userId, name, role, Intercommunality, role is ParticipantRole.Consultant or ParticipantRole.Administrator ? [] : [Merville]));

    /// <summary>One pass of the periodic check (<see cref="ReminderScheduler"/>), at the clock's time.</summary>
    public Task<int> CheckAsync() =>
        Host.Services.GetRequiredService<ReminderScheduler>().CheckAsync(CancellationToken.None);

    /// <summary>Moves the clock to <paramref name="end"/> a check at a time (every 15 minutes), as the scheduler would: when each reminder went out.</summary>
    public async Task<IReadOnlyList<DateTimeOffset>> RunChecksUntilAsync(DateTimeOffset end)
    {
        var every = Host.Services.GetRequiredService<ReminderOptions>().CheckEvery;
        var sentAt = new List<DateTimeOffset>();
        while (Clock.GetUtcNow() + every <= end)
        {
            Clock.Advance(every);
            for (var sent = await CheckAsync(); sent > 0; sent--)
            {
                sentAt.Add(TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), ReminderPlanner.Paris));
            }
        }
        return sentAt;
    }

    /// <summary>Every commune of the participant done, as the interview stores it.</summary>
    public async Task FinishInterviewAsync(int participantId)
    {
        var mainThemes = Host.Services.GetRequiredService<ThemeCatalog>().Main;
        await using var db = Host.OpenDatabase();
        var now = Clock.GetUtcNow().UtcDateTime;
        var completed = await db.SectionCompletions.Where(s => s.ParticipantId == participantId && s.CommuneId == Merville).Select(s => s.Section).ToListAsync();
        db.SectionCompletions.AddRange(new[] { InterviewSection.Difficulties, InterviewSection.Resources }.Except(completed)
            .Select(section => new SectionCompletion { ParticipantId = participantId, CommuneId = Merville, Section = section, CompletedAt = now }));
        // A risk level for every theme the difficulties touched (and the others: they are never asked).
        var assessed = await db.RiskAssessments.Where(r => r.ParticipantId == participantId && r.CommuneId == Merville).Select(r => r.ThemeId).ToListAsync();
        db.RiskAssessments.AddRange(Host.Services.GetRequiredService<ThemeCatalog>().All.Select(t => t.Id).Except(assessed)
            .Select(themeId => new RiskAssessment
            {
                ParticipantId = participantId, CommuneId = Merville, ThemeId = themeId, Level = RiskLevel.Faible, RecordedAt = now, SourceActivityId = $"seed|{Guid.NewGuid():N}",
            }));
        db.Answers.Add(new Answer
        {
            ParticipantId = participantId,
            CommuneId = Merville,
            Kind = AnswerKind.Difficulty,
            Text = "Rien à signaler",
            ReportsNoDifficulty = true,
            RecordedAt = now,
            SourceActivityId = $"seed|{Guid.NewGuid():N}",
            Tags = mainThemes.Select(t => new ThemeTag { ThemeId = t.Id, Confidence = 1, Source = TagSource.Human }).ToList(),
        });
        await db.SaveChangesAsync();
        Assert.True((await Host.Services.GetRequiredService<InterviewService>().GetPositionAsync(
            (await Host.Services.GetRequiredService<ParticipantDirectory>().GetAsync(participantId))!)).IsFinished);
    }

    /// <summary>The reminders posted to the channel: the conversation each went to, and its text.</summary>
    public IReadOnlyList<(string ConversationId, string Text)> Sent =>
        Connector.Sent.Select(s => ((string)s.Activity["conversation"]!["id"]!, new BotReply(s.Activity.ToObject<Microsoft.Bot.Schema.Activity>()!).Text)).ToList();

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    /// <summary>In front of the recording connector: refuses messages on demand.</summary>
    private sealed class RefusingChannel(RecordingConnectorHandler connector) : DelegatingHandler(connector)
    {
        private readonly Lock gate = new();
        private int toRefuse;

        public void Refuse(int count)
        {
            lock (gate)
            {
                toRefuse = count;
            }
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (gate)
            {
                if (request.Method == HttpMethod.Post && toRefuse > 0)
                {
                    toRefuse--;
                    return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.Forbidden)
                    {
                        Content = new StringContent("{\"error\":{\"code\":\"BotDisabledByAdmin\",\"message\":\"blocked\"}}"),
                    });
                }
            }
            return base.SendAsync(request, cancellationToken);
        }
    }
}
