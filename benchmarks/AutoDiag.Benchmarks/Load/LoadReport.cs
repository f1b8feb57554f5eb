using System.Globalization;
using static AutoDiag.Benchmarks.Load.Percentiles;

namespace AutoDiag.Benchmarks.Load;

/// <summary>The Markdown the load command prints, ready for the README.</summary>
public static class LoadReport
{
    private const double MaxP99Ratio = 3;
    private const double MaxP99Milliseconds = 100;
    private const double MinSqliteTurnsPerSecond = 500;
    private const double MaxResidentMegabytes = 400;

    public static void Timed(TextWriter output, IReadOnlyList<TimedResult> results, LoadOptions options)
    {
        var echo = results.FirstOrDefault(r => r.Verification is null);
        output.WriteLine();
        output.WriteLine($"## Turns ({options.Concurrency} at once, {options.Seconds} s measured)");
        output.WriteLine();
        output.WriteLine("| target | turns | turns/s | p50 ms | p95 ms | p99 ms | max ms | errors | p99 ÷ echo p99 | turns/s ÷ echo |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var p99 = r.Percentile(99);
            var ratios = echo is null || r == echo
                ? "| – | –"
                : $"| {Ratio(p99 / echo.Percentile(99))} | {Ratio(r.TurnsPerSecond / echo.TurnsPerSecond)}";
            output.WriteLine(
                $"| {r.Name} | {r.Measured.Count} | {r.TurnsPerSecond:F0} | {Ms(r.Percentile(50))} | {Ms(r.Percentile(95))} | {Ms(p99)} | {Ms(r.Percentile(100))} " +
                $"| {r.Errors} {ratios} |");
        }
        output.WriteLine();
        output.WriteLine("A turn: `POST /api/messages` sent → its response received; the CloudAdapter has posted all the turn's replies to the " +
            "fake connector by then (checked: every turn got its replies, none came late). Élus' turns are the interview's answers " +
            "(free text, « J'ai terminé », risk levels, « Rien à signaler »); each élu's first contact (« bonjour ») is its warm-up " +
            "and is not counted. Errors count every turn of the run, warm-up included: HTTP failures, turns without a reply, the " +
            "error message, answers not acknowledged.");

        output.WriteLine();
        output.WriteLine("## Where the CPU went (measured window)");
        output.WriteLine();
        output.WriteLine("| target | bot CPU ms/turn | load generator + fake connector CPU ms/turn | PostgreSQL CPU ms/turn | other processes on the machine (cores) | bot resident memory at the end / peak (MB) |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            output.WriteLine(
                $"| {r.Name} | {r.CpuMillisecondsPerTurn(r.Cpu.Bot):F2} | {r.CpuMillisecondsPerTurn(r.Cpu.LoadGenerator):F2} " +
                $"| {(r.Name.Contains("PostgreSQL", StringComparison.Ordinal) ? r.CpuMillisecondsPerTurn(r.Cpu.Postgres).ToString("F2", CultureInfo.InvariantCulture) : "–")} " +
                $"| {r.Cpu.OtherCores:F2} | {r.Memory.Resident:F0} / {r.Memory.Peak:F0} |");
        }

        var bots = results.Where(r => r.Verification is not null).ToList();
        if (bots.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("## Latency by kind of turn (ms)");
            output.WriteLine();
            output.WriteLine("| kind of turn | " + string.Join(" | ", bots.Select(b => $"{b.Name}: turns · p50 · p99")) + " |");
            output.WriteLine("|---|" + string.Join("", bots.Select(_ => "---:|")));
            foreach (var kind in bots.SelectMany(b => b.Measured.Select(m => m.Kind)).Distinct().Order(StringComparer.Ordinal))
            {
                output.WriteLine($"| {kind} | " + string.Join(" | ", bots.Select(b =>
                {
                    var values = b.Measured.Where(m => m.Kind == kind).Select(m => m.Milliseconds).ToList();
                    return $"{values.Count} · {Ms(Of(values, 50))} · {Ms(Of(values, 99))}";
                })) + " |");
            }

            output.WriteLine();
            output.WriteLine("## Nothing lost, nothing twice");
            output.WriteLine();
            output.WriteLine("| target | élus started / finished | answers acknowledged / stored | lost | twice | stored, not acknowledged | risk levels acknowledged / stored | lost | twice |");
            output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var b in bots)
            {
                var v = b.Verification!;
                output.WriteLine(
                    $"| {b.Name} | {b.Recorders.Sum(r => r.ElusStarted)} / {b.Recorders.Sum(r => r.ElusFinished)} " +
                    $"| {v.AcknowledgedAnswers} / {v.StoredAnswers} | {v.LostAnswers} | {v.DuplicatedAnswers} | {v.UnacknowledgedAnswers} " +
                    $"| {v.AcknowledgedRisks} / {v.StoredRisks} | {v.LostRisks} | {v.DuplicatedRisks} |");
            }
        }

        output.WriteLine();
        output.WriteLine("## Targets (issue 7)");
        output.WriteLine();
        foreach (var b in bots)
        {
            var p99 = b.Percentile(99);
            if (echo is not null)
            {
                Check(output, $"{b.Name}: p99 ≤ {MaxP99Ratio}× the echo bot's p99", p99 <= MaxP99Ratio * echo.Percentile(99),
                    $"{Ms(p99)} ms vs {Ms(echo.Percentile(99))} ms: {Ratio(p99 / echo.Percentile(99))}");
            }
            Check(output, $"{b.Name}: p99 ≤ {MaxP99Milliseconds} ms", p99 <= MaxP99Milliseconds, $"{Ms(p99)} ms");
        }
        var sqlite = bots.FirstOrDefault(b => b.Name.Contains("SQLite", StringComparison.Ordinal));
        var postgres = bots.FirstOrDefault(b => b.Name.Contains("PostgreSQL", StringComparison.Ordinal));
        if (sqlite is not null)
        {
            Check(output, $"SQLite: ≥ {MinSqliteTurnsPerSecond} turns/s", sqlite.TurnsPerSecond >= MinSqliteTurnsPerSecond, $"{sqlite.TurnsPerSecond:F0} turns/s");
        }
        if (sqlite is not null && postgres is not null)
        {
            Check(output, "PostgreSQL: more turns/s than SQLite", postgres.TurnsPerSecond > sqlite.TurnsPerSecond,
                $"{postgres.TurnsPerSecond:F0} vs {sqlite.TurnsPerSecond:F0} turns/s");
        }
        foreach (var b in bots)
        {
            Check(output, $"{b.Name}: no answer lost or stored twice", b.Verification!.IsClean,
                $"{b.Verification.LostAnswers + b.Verification.LostRisks} lost, {b.Verification.DuplicatedAnswers + b.Verification.DuplicatedRisks} twice");
        }
        foreach (var r in results)
        {
            Check(output, $"{r.Name}: no error", r.Errors == 0 && r.StrayReplies == 0,
                $"{r.Errors} errors in {r.Turns} turns, {r.StrayReplies} late replies, {r.LoggedErrors} errors and {r.LoggedWarnings} warnings in the bot's log" +
                (r.FirstProblem is { } problem ? $"; first: {Shorten(problem)}" : string.Empty));
            if (r.Recorders.Any(x => x.PoolExhausted))
            {
                output.WriteLine($"- ✗ {r.Name}: the registered élus ran out before the end; pass a larger --elus");
            }
        }
    }

    public static void Memory(TextWriter output, IReadOnlyList<MemoryResult> results)
    {
        output.WriteLine("| database | interviews opened | turns | errors | p50 / p99 ms | bot RSS after start-up (MB) | RSS right after (MB) | RSS 5 s later (MB) | peak RSS (MB) | answers lost / twice |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var latencies = r.Recorders.SelectMany(x => x.Measured).Select(m => m.Milliseconds).ToList();
            output.WriteLine(
                $"| {r.Database} | {r.Opened} | {r.Recorders.Sum(x => x.Turns)} | {r.Errors} | {Ms(Of(latencies, 50))} / {Ms(Of(latencies, 99))} " +
                $"| {r.AtStart.Resident:F0} | {r.AfterTurns.Resident:F0} | {r.Settled.Resident:F0} | {r.Settled.Peak:F0} " +
                $"| {r.Verification.LostAnswers} / {r.Verification.DuplicatedAnswers} |");
        }
        output.WriteLine();
        output.WriteLine("Resident memory is the bot process's `VmRSS` (`/proc/PID/status`), peak its `VmHWM`; the bot runs as built, with the server garbage collector.");
        output.WriteLine();
        foreach (var r in results)
        {
            Check(output, $"{r.Database}: {r.Interviews} open interviews, resident memory ≤ {MaxResidentMegabytes} MB", r.Settled.Peak <= MaxResidentMegabytes,
                $"{r.Settled.Resident:F0} MB, peak {r.Settled.Peak:F0} MB");
            Check(output, $"{r.Database}: every interview opened, no error, nothing lost", r.IsClean,
                $"{r.Opened} opened, {r.Errors} errors, {r.LoggedErrors} errors in the bot's log" +
                (r.Recorders.Select(x => x.FirstProblem).FirstOrDefault(p => p is not null) is { } problem ? $"; first: {Shorten(problem)}" : string.Empty));
        }
    }

    private static void Check(TextWriter output, string what, bool met, string measured) =>
        output.WriteLine($"- {(met ? "✓" : "✗")} {what} — {measured}");

    private static string Ratio(double ratio) => double.IsNaN(ratio) || double.IsInfinity(ratio) ? "–" : $"{ratio:F2}×";

    private static string Shorten(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ⏎ ");
        return oneLine.Length <= 300 ? oneLine : oneLine[..300] + "…";
    }
}
