using System.Collections.Concurrent;
using System.Globalization;
using AutoDiag.Knowledge.Persistence;
using Npgsql;

namespace AutoDiag.Benchmarks.Load;

/// <summary>
/// Issue 7's load benchmark: simulated élus interviewing at once over the real HTTP path — Bot Framework activities
/// posted to the bot's <c>POST /api/messages</c>, the bot's replies posted to a <see cref="FakeConnector"/> — against
/// the bot as built, in a process of its own, on SQLite and on PostgreSQL, and in the same run an echo bot on the same
/// adapter (<see cref="EchoServer"/>) as the floor. Everything on the loopback; every run bounded in time.
/// Prints Markdown tables: turns per second and turn latencies, ratios to the echo bot, where the CPU went, the latency
/// of each kind of turn, and the check that every acknowledged answer is stored exactly once.
/// With <c>--open-interviews N</c>: N élus each open an interview (first contact and one answer), then the bot's
/// resident memory.
/// </summary>
public static class LoadBenchmark
{
    public static async Task<int> Run(TextWriter output, IReadOnlyList<string> args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        LoadOptions options;
        try
        {
            options = LoadOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync($"{e.Message}\nUsage: AutoDiag.Benchmarks {LoadOptions.Usage}");
            return 2;
        }

        var folder = Path.Combine(Path.GetTempPath(), $"autodiag-load-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..6]}");
        Directory.CreateDirectory(folder);
        var run = new LoadRun(options, output, folder);
        output.WriteLine($"# Load benchmark — {DateTime.Now:yyyy-MM-dd HH:mm}");
        output.WriteLine();
        output.WriteLine($"- machine: {Environment.ProcessorCount} cores, load average {ProcStats.LoadAverage()} at the start");
        output.WriteLine($"- bot: {options.BotAssembly}");
        output.WriteLine($"- logs and files: {folder}");
        output.WriteLine();

        await using var connector = await FakeConnector.StartAsync();
        var healthy = options.OpenInterviews is int interviews
            ? await run.OpenInterviewsAsync(connector, interviews)
            : await run.TimedAsync(connector);

        output.WriteLine();
        output.WriteLine($"- load average at the end: {ProcStats.LoadAverage()}");
        if (!options.Keep && healthy)
        {
            Directory.Delete(folder, recursive: true);
        }
        else
        {
            output.WriteLine($"- bot logs kept in {folder}");
        }
        return healthy ? 0 : 1;
    }

    /// <summary>Users that prime a bot before its clock starts.</summary>
    private const int PrimingUsers = 4;

    private static readonly TimeSpan PrimingTime = TimeSpan.FromSeconds(2);

    private sealed class LoadRun(LoadOptions options, TextWriter output, string folder)
    {
        public async Task<bool> TimedAsync(FakeConnector connector)
        {
            output.WriteLine($"{options.Concurrency} simulated élus at once, no think time; {options.WarmupSeconds} s warm-up then {options.Seconds} s measured per target.");
            output.WriteLine();
            var results = new List<TimedResult>();
            if (options.Echo)
            {
                results.Add(await EchoAsync(connector, "echo bot (CloudAdapter, no state)"));
            }
            foreach (var database in await DatabasesAsync())
            {
                results.Add(await BotAsync(connector, database, $"AutoDiag, {database.Name}"));
            }

            LoadReport.Timed(output, results, options);
            return results.All(r => r.IsClean);
        }

        public async Task<bool> OpenInterviewsAsync(FakeConnector connector, int interviews)
        {
            output.WriteLine($"{interviews} élus each open an interview (first contact, one answer, the interview left open), {options.Concurrency} at once; then the bot's resident memory.");
            output.WriteLine();
            var results = new List<MemoryResult>();
            foreach (var database in await DatabasesAsync())
            {
                await using (database)
                {
                    Progress($"AutoDiag on {database.Name}");
                    await using var bot = await ServerProcess.StartBotAsync(
                        options.BotAssembly, database.BotSettings.Concat(options.BotEnvironment), Path.Combine(folder, $"bot-{database.Name.ToLowerInvariant()}-memory.log"));
                    await database.RegisterElusAsync(interviews);
                    await Task.Delay(TimeSpan.FromSeconds(1));
                    var atStart = ProcStats.Memory(bot.Id);
                    var errorsBefore = bot.CountLogLines("fail:");

                    var pool = new ConcurrentQueue<int>(Enumerable.Range(0, interviews));
                    using var client = new LoadClient(bot.BaseAddress, connector);
                    var started = DateTime.UtcNow;
                    var recorders = await Task.WhenAll(Enumerable.Range(0, options.Concurrency)
                        .Select(_ => Task.Run(() => client.ElusAsync(pool, clock: null, answersPerElu: 1))));
                    var seconds = (DateTime.UtcNow - started).TotalSeconds;
                    var afterTurns = ProcStats.Memory(bot.Id);
                    // What stays once the burst is over.
                    await Task.Delay(TimeSpan.FromSeconds(5));
                    var settled = ProcStats.Memory(bot.Id);
                    var verification = await Verification.CheckAsync(database, recorders);
                    results.Add(new MemoryResult(database.Name, interviews, recorders, seconds, atStart, afterTurns, settled, verification, bot.CountLogLines("fail:") - errorsBefore));
                }
            }
            LoadReport.Memory(output, results);
            return results.All(r => r.IsClean);
        }

        private async Task<TimedResult> EchoAsync(FakeConnector connector, string name)
        {
            Progress(name);
            await using var echo = await ServerProcess.StartEchoAsync(options.BotAssembly, options.BotEnvironment, Path.Combine(folder, $"echo-{results++}.log"));
            return await MeasureAsync(name, echo, connector, database: null,
                client => Task.WhenAll(Enumerable.Range(0, PrimingUsers).Select(user => client.EchoUserAsync(-1 - user, new LoadClock(TimeSpan.Zero, PrimingTime)))),
                (client, clock, user) => client.EchoUserAsync(user, clock));
        }

        /// <summary>The bot on a fresh database, with élus registered for the whole run.</summary>
        private async Task<TimedResult> BotAsync(FakeConnector connector, LoadDatabase database, string name)
        {
            await using (database)
            {
                Progress(name);
                await using var bot = await ServerProcess.StartBotAsync(
                    options.BotAssembly, database.BotSettings.Concat(options.BotEnvironment),
                    Path.Combine(folder, $"bot-{database.Name.ToLowerInvariant()}-{results++}.log"));
                var elus = options.Elus ?? Math.Max(2_000, options.Concurrency * (options.Seconds + options.WarmupSeconds) * 2);
                await database.RegisterElusAsync(elus);
                var priming = new ConcurrentQueue<int>(Enumerable.Range(0, PrimingUsers));
                var pool = new ConcurrentQueue<int>(Enumerable.Range(PrimingUsers, elus - PrimingUsers));
                return await MeasureAsync(name, bot, connector, database,
                    client => Task.WhenAll(Enumerable.Range(0, PrimingUsers).Select(_ => client.ElusAsync(priming, clock: null))),
                    (client, clock, _) => client.ElusAsync(pool, clock));
            }
        }

        private int results;

        /// <summary>SQLite and/or PostgreSQL, as asked; PostgreSQL is left out, saying why, when its server cannot be reached.</summary>
        private async Task<List<LoadDatabase>> DatabasesAsync()
        {
            var databases = new List<LoadDatabase>();
            if (options.Sqlite)
            {
                var sqliteFolder = Path.Combine(folder, $"sqlite-{Guid.NewGuid().ToString("N")[..8]}");
                Directory.CreateDirectory(sqliteFolder);
                databases.Add(LoadDatabase.Sqlite(sqliteFolder, options.Keep));
            }
            if (options.Postgres)
            {
                try
                {
                    databases.Add(await LoadDatabase.PostgresAsync(options.PostgresServer));
                }
                catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or InvalidOperationException)
                {
                    output.WriteLine($"**PostgreSQL left out**: cannot create a database on `{Redacted(options.PostgresServer)}` ({e.Message}). " +
                        $"Start it with `export {LoadOptions.PostgresVariable}=\"$(scripts/start-postgres.sh)\"` or pass --postgres.");
                    output.WriteLine();
                }
            }
            return databases;
        }

        private static string Redacted(string connectionString)
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (builder.Password is not null)
            {
                builder.Password = "…";
            }
            return builder.ConnectionString;
        }

        /// <param name="prime">
        /// Before the clock starts, a few users go through every kind of turn (for the bot: whole interviews) so that the
        /// JIT, EF Core's query cache, the connection pools and the fiches' index are ready; then the timed warm-up.
        /// </param>
        private async Task<TimedResult> MeasureAsync(
            string name, ServerProcess server, FakeConnector connector, LoadDatabase? database,
            Func<LoadClient, Task<TurnRecorder[]>> prime, Func<LoadClient, LoadClock, int, Task<TurnRecorder>> user)
        {
            using var client = new LoadClient(server.BaseAddress, connector);
            var strayBefore = connector.Stray;
            var primed = await prime(client);
            var (warningsBefore, errorsBefore) = (server.CountLogLines("warn:"), server.CountLogLines("fail:"));
            var clock = new LoadClock(TimeSpan.FromSeconds(options.WarmupSeconds), TimeSpan.FromSeconds(options.Seconds));
            var cpu = CpuSample.DuringWindowAsync(clock, server.Id, withPostgres: database?.Provider == DatabaseProvider.Postgres);
            var recorders = await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(i => Task.Run(() => user(client, clock, i))));
            var memory = ProcStats.Memory(server.Id);
            var verification = database is null ? null : await Verification.CheckAsync(database, [.. primed, .. recorders]);
            return new TimedResult(
                name, options.Concurrency, clock.Measured.TotalSeconds, recorders, await cpu, memory, verification,
                connector.Stray - strayBefore, server.CountLogLines("warn:") - warningsBefore, server.CountLogLines("fail:") - errorsBefore,
                primed.Sum(p => p.Errors));
        }

        private void Progress(string what) =>
            Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {what}: starting (load average {ProcStats.LoadAverage()})");
    }
}

/// <summary>CPU time spent during the measured window by the bot, the load generator (this process), PostgreSQL and the whole machine.</summary>
public sealed record CpuSample(double Seconds, double Bot, double LoadGenerator, double Postgres, double MachineBusy, double MachineTotal)
{
    /// <summary>Cores' worth of CPU used by processes that are not part of the benchmark (other people's builds).</summary>
    public double OtherCores => Seconds <= 0 ? 0 : Math.Max(0, MachineBusy - Bot - LoadGenerator - Postgres) / Seconds;

    public static async Task<CpuSample> DuringWindowAsync(LoadClock clock, int botPid, bool withPostgres)
    {
        await Task.Delay(clock.UntilWindowStart);
        var before = Take(botPid, withPostgres);
        await Task.Delay(clock.UntilWindowEnd);
        var after = Take(botPid, withPostgres);
        return new CpuSample(
            after.At - before.At, after.Bot - before.Bot, after.Self - before.Self, after.Postgres - before.Postgres,
            after.Busy - before.Busy, after.Total - before.Total);
    }

    private static (double At, double Bot, double Self, double Postgres, double Busy, double Total) Take(int botPid, bool withPostgres)
    {
        var (busy, total) = ProcStats.Machine();
        return (
            System.Diagnostics.Stopwatch.GetTimestamp() / (double)System.Diagnostics.Stopwatch.Frequency,
            ProcStats.CpuSeconds(botPid),
            ProcStats.CpuSeconds(Environment.ProcessId),
            withPostgres ? ProcStats.CpuSecondsOfCommand("postgres") : 0,
            busy,
            total);
    }
}

/// <summary>Every answer and risk level the bot acknowledged is stored exactly once; nothing is stored that was not acknowledged.</summary>
public sealed record Verification(int AcknowledgedAnswers, int StoredAnswers, int LostAnswers, int DuplicatedAnswers, int UnacknowledgedAnswers,
    int AcknowledgedRisks, int StoredRisks, int LostRisks, int DuplicatedRisks, int UnacknowledgedRisks)
{
    public bool IsClean => LostAnswers == 0 && DuplicatedAnswers == 0 && LostRisks == 0 && DuplicatedRisks == 0;

    public static async Task<Verification> CheckAsync(LoadDatabase database, IReadOnlyList<TurnRecorder> recorders)
    {
        var (answers, risks) = await database.StoredSourcesAsync();
        var ackedAnswers = recorders.SelectMany(r => r.AcknowledgedAnswers).ToList();
        var ackedRisks = recorders.SelectMany(r => r.AcknowledgedRisks).ToList();
        var (lostAnswers, duplicatedAnswers, extraAnswers) = Compare(ackedAnswers, answers);
        var (lostRisks, duplicatedRisks, extraRisks) = Compare(ackedRisks, risks);
        return new Verification(ackedAnswers.Count, answers.Count, lostAnswers, duplicatedAnswers, extraAnswers,
            ackedRisks.Count, risks.Count, lostRisks, duplicatedRisks, extraRisks);
    }

    private static (int Lost, int Duplicated, int Unacknowledged) Compare(List<string> acknowledged, List<string> stored)
    {
        var counts = stored.GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var acked = acknowledged.ToHashSet(StringComparer.Ordinal);
        var lost = acked.Count(a => !counts.ContainsKey(a));
        var duplicated = counts.Values.Sum(c => c - 1);
        var unacknowledged = counts.Keys.Count(k => !acked.Contains(k));
        return (lost, duplicated, unacknowledged);
    }
}

public sealed record TimedResult(
    string Name, int Concurrency, double Seconds, IReadOnlyList<TurnRecorder> Recorders, CpuSample Cpu, (double Resident, double Peak) Memory,
    Verification? Verification, long StrayReplies, int LoggedWarnings, int LoggedErrors, int PrimingErrors)
{
    public List<(string Kind, double Milliseconds)> Measured { get; } = Recorders.SelectMany(r => r.Measured).ToList();

    public double TurnsPerSecond => Measured.Count / Seconds;

    public int Turns => Recorders.Sum(r => r.Turns);

    public int Errors => Recorders.Sum(r => r.Errors) + PrimingErrors;

    /// <summary>Turns that started in the window, first contacts included: what the CPU was spent on.</summary>
    public int TurnsInWindow => Measured.Count + Recorders.Sum(r => r.FirstContactsInWindow);

    public bool IsClean => Errors == 0 && StrayReplies == 0 && (Verification?.IsClean ?? true) && !Recorders.Any(r => r.PoolExhausted);

    public string? FirstProblem => Recorders.Select(r => r.FirstProblem).FirstOrDefault(p => p is not null);

    public double Percentile(double p) => Percentiles.Of(Measured.Select(m => m.Milliseconds).ToList(), p);

    public double CpuMillisecondsPerTurn(double cpuSeconds) => TurnsInWindow == 0 ? 0 : cpuSeconds * 1000 / TurnsInWindow;
}

public sealed record MemoryResult(
    string Database, int Interviews, IReadOnlyList<TurnRecorder> Recorders, double Seconds,
    (double Resident, double Peak) AtStart, (double Resident, double Peak) AfterTurns, (double Resident, double Peak) Settled,
    Verification Verification, int LoggedErrors)
{
    public int Errors => Recorders.Sum(r => r.Errors);

    public int Opened => Recorders.Sum(r => r.ElusStarted);

    public bool IsClean => Errors == 0 && Verification.IsClean && Opened == Interviews;
}

public static class Percentiles
{
    /// <summary>Nearest rank: the smallest value with at least p % of the values at or below it.</summary>
    public static double Of(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }
        values.Sort();
        var rank = (int)Math.Ceiling(p / 100 * values.Count);
        return values[Math.Clamp(rank - 1, 0, values.Count - 1)];
    }

    public static string Ms(double value) =>
        double.IsNaN(value) ? "–" : value.ToString(value < 10 ? "0.0" : "0", CultureInfo.InvariantCulture);
}
