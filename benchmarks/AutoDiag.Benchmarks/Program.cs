using AutoDiag.Benchmarks;

return args switch
{
    ["categorizer"] => CategorizerBenchmark.Run(Console.Out),
    ["bdn", .. var rest] => CategorizerMicroBenchmarks.Run(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: AutoDiag.Benchmarks categorizer | bdn [BenchmarkDotNet arguments]");
    return 2;
}
