using System.Diagnostics;
using AutoDiag.Knowledge.Themes;

namespace AutoDiag.Benchmarks;

/// <summary>
/// The figures of the issue: model load time, throughput of 10 000 realistic answers on one thread pinned to one
/// core, the process's resident memory after loading and after categorising, and the time to retrain on about
/// 3 000 examples (the corpus plus as many corrections).
/// </summary>
public static class CategorizerBenchmark
{
    private const int AnswerCount = 10_000;
    private const int CorrectionCount = 1_300;

    public static int Run(TextWriter output)
    {
        PinToOneCore(output);
        var residentBefore = ResidentMegabytes();

        // Loaded first, in a fresh process: its time includes reading the data files and the JIT's first pass.
        var clock = Stopwatch.StartNew();
        var categorizer = LocalThemeCategorizer.LoadDefault();
        var loadMs = clock.Elapsed.TotalMilliseconds;
        var residentAfterLoad = ResidentMegabytes();

        var answers = AnswerGenerator.Build(AnswerCount);

        // A first pass lets the JIT reach its optimised code; the second one is measured.
        var themes = CategorizeAll(categorizer, answers);
        clock.Restart();
        themes = CategorizeAll(categorizer, answers);
        var seconds = clock.Elapsed.TotalSeconds;
        var residentAfterRun = ResidentMegabytes();

        var corrections = LabelledTextFile
            .ReadDirectory(LocalThemeCategorizer.DefaultTrainingDirectory, ThemeCatalog.LoadDefault())
            .Take(CorrectionCount)
            .ToList();
        clock.Restart();
        categorizer.Retrain(corrections);
        var retrainMs = clock.Elapsed.TotalMilliseconds;

        output.WriteLine($"answers:                 {answers.Count}");
        output.WriteLine($"mean answer length:      {answers.Average(answer => answer.Length):F0} characters");
        output.WriteLine($"themes found:            {themes}");
        output.WriteLine($"model load:              {loadMs:F0} ms");
        output.WriteLine($"throughput (1 thread):   {answers.Count / seconds:F0} answers/s");
        output.WriteLine($"mean latency:            {seconds * 1e6 / answers.Count:F1} µs/answer");
        output.WriteLine($"resident memory:         {residentBefore:F0} MB before load, {residentAfterLoad:F0} MB after load, {residentAfterRun:F0} MB after categorising");
        output.WriteLine($"retrain:                 {retrainMs:F0} ms with {corrections.Count} corrections on top of the corpus");
        output.WriteLine($"managed heap:            {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:F0} MB");
        GC.KeepAlive(categorizer);
        return 0;
    }

    private static int CategorizeAll(IThemeCategorizer categorizer, IReadOnlyList<string> answers)
    {
        var themes = 0;
        foreach (var answer in answers)
        {
            themes += categorizer.Categorize(answer).Themes.Count;
        }

        return themes;
    }

    private static void PinToOneCore(TextWriter output)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            using var process = Process.GetCurrentProcess();
            process.ProcessorAffinity = 1;
            output.WriteLine("pinned to:               core 0");
        }
        else
        {
            output.WriteLine("pinned to:               (not supported here: one thread, any core)");
        }
    }

    private static double ResidentMegabytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64 / 1048576.0;
    }
}
