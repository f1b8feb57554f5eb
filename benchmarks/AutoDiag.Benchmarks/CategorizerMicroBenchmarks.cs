using AutoDiag.Knowledge.Themes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;

namespace AutoDiag.Benchmarks;

/// <summary>
/// BenchmarkDotNet statistics (mean, deviation, allocations) for one answer and for a retraining, to compare changes
/// of the model: <c>dotnet run -c Release -- bdn --filter '*'</c>.
/// </summary>
[MemoryDiagnoser]
public class CategorizerMicroBenchmarks
{
    private LocalThemeCategorizer _categorizer = null!;
    private IReadOnlyList<string> _answers = [];
    private int _next;

    public static int Run(string[] args)
    {
        BenchmarkSwitcher.FromTypes([typeof(CategorizerMicroBenchmarks)]).Run(args);
        return 0;
    }

    [GlobalSetup]
    public void Setup()
    {
        _categorizer = LocalThemeCategorizer.LoadDefault();
        _answers = AnswerGenerator.Build(1_000);
    }

    [Benchmark]
    public ThemeCategorization CategorizeOneAnswer() => _categorizer.Categorize(_answers[_next++ % _answers.Count]);

    [Benchmark]
    public void RetrainWithTenCorrections() =>
        _categorizer.Retrain(_answers.Take(10).Select(answer => new LabelledText(answer, ["gouvernance"])));
}
