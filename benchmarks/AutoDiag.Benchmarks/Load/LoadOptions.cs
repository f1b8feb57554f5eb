using System.Globalization;
using System.Reflection;

namespace AutoDiag.Benchmarks.Load;

/// <summary>What the <c>load</c> command was asked for.</summary>
public sealed record LoadOptions
{
    public const string Usage =
        "load [--seconds 20] [--warmup 90] [--concurrency 50] [--provider sqlite|postgres|all|none] [--open-interviews N] " +
        "[--no-echo] [--elus N] [--bot PATH/AutoDiag.Bot.dll] [--postgres \"Host=…;Username=…;Password=…\"] [--bot-env NAME=VALUE]… [--keep]";

    /// <summary>The server named by <c>AUTODIAG_TEST_POSTGRES</c>, as the tests use it.</summary>
    public const string PostgresVariable = "AUTODIAG_TEST_POSTGRES";

    public const string DefaultPostgres = "Host=127.0.0.1;Port=5432;Username=app;Password=app";

    /// <summary>Measured time per target, after the warm-up.</summary>
    public int Seconds { get; init; } = 20;

    /// <summary>
    /// Load before the measured time. Under load on two cores the runtime's tiered JIT, with dynamic PGO, still runs
    /// some hot methods in their instrumented tier a minute after the start (the PostgreSQL path, with fewer turns per
    /// second, the longest); a window that starts earlier catches it half done.
    /// </summary>
    public int WarmupSeconds { get; init; } = 90;

    /// <summary>Simulated élus talking to the bot at once (each one turn at a time, no think time).</summary>
    public int Concurrency { get; init; } = 50;

    public bool Sqlite { get; init; } = true;

    public bool Postgres { get; init; } = true;

    public bool Echo { get; init; } = true;

    /// <summary>Instead of the timed runs: this many élus each open an interview (first contact and one answer), then the bot's memory.</summary>
    public int? OpenInterviews { get; init; }

    /// <summary>Élus registered before a timed run; each simulated élu takes the next one when an interview ends.</summary>
    public int? Elus { get; init; }

    public string BotAssembly { get; init; } = DefaultBotAssembly();

    public string PostgresServer { get; init; } =
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : DefaultPostgres;

    /// <summary>Extra settings for the bot process (e.g. a log level), for the analysis of a run.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> BotEnvironment { get; init; } = [];

    /// <summary>Keep the SQLite files and the bot logs.</summary>
    public bool Keep { get; init; }

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        var environment = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Number() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n
                : throw new ArgumentException($"{args[i - 1]} needs a positive whole number.");

            options = args[i] switch
            {
                "--seconds" => options with { Seconds = Number() },
                "--warmup" => options with { WarmupSeconds = Number() },
                "--concurrency" => options with { Concurrency = Number() },
                "--open-interviews" => options with { OpenInterviews = Number() },
                "--elus" => options with { Elus = Number() },
                "--bot" => options with { BotAssembly = Path.GetFullPath(Value()) },
                "--postgres" => options with { PostgresServer = Value() },
                "--no-echo" => options with { Echo = false },
                "--keep" => options with { Keep = true },
                "--provider" => Value().ToLowerInvariant() switch
                {
                    "sqlite" => options with { Sqlite = true, Postgres = false },
                    "postgres" or "postgresql" => options with { Sqlite = false, Postgres = true },
                    "all" => options with { Sqlite = true, Postgres = true },
                    "none" => options with { Sqlite = false, Postgres = false },
                    var other => throw new ArgumentException($"Unknown provider '{other}': sqlite, postgres or all."),
                },
                "--bot-env" => AddEnvironment(options, Value(), environment),
                var other => throw new ArgumentException($"Unknown option '{other}'."),
            };
        }
        return options with { BotEnvironment = environment };
    }

    private static LoadOptions AddEnvironment(LoadOptions options, string assignment, List<KeyValuePair<string, string>> environment)
    {
        var equals = assignment.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new ArgumentException($"--bot-env takes NAME=VALUE, not '{assignment}'.");
        }
        environment.Add(new(assignment[..equals], assignment[(equals + 1)..]));
        return options;
    }

    /// <summary>The bot built with this project, in the same configuration (see the project file).</summary>
    private static string DefaultBotAssembly() =>
        typeof(LoadOptions).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "AutoDiagBotAssembly")?.Value
        ?? throw new InvalidOperationException("The bot's path was not recorded at build time: pass --bot.");
}
