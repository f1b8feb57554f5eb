using AutoDiag.Benchmarks;
using AutoDiag.Benchmarks.Load;

return args switch
{
    ["categorizer"] => CategorizerBenchmark.Run(Console.Out),
    ["synthesis"] => await SynthesisBenchmark.Run(Console.Out, outputDirectory: null),
    ["synthesis", "--out", var directory] => await SynthesisBenchmark.Run(Console.Out, directory),
    ["synthesis", "--at-once"] => await SynthesisBenchmark.Run(Console.Out, outputDirectory: null, atOnce: true),
    ["bdn", .. var rest] => CategorizerMicroBenchmarks.Run(rest),
    ["load", .. var rest] => await LoadBenchmark.Run(Console.Out, rest),
    [EchoServer.Command, .. var rest] => await EchoServer.Run(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: AutoDiag.Benchmarks categorizer | synthesis [--out DIRECTORY | --at-once] | bdn [BenchmarkDotNet arguments]");
    Console.Error.WriteLine($"       AutoDiag.Benchmarks {LoadOptions.Usage}");
    return 2;
}
