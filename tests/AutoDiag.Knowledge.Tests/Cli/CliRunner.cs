using AutoDiag.Knowledge.Cli;
using AutoDiag.Knowledge.Tests.Support;

namespace AutoDiag.Knowledge.Tests.Cli;

/// <summary>Runs the command line on a test database, as an operator does with <c>--connection</c>.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(TestDatabase database, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CommandLine.RunAsync([.. args, "--connection", database.ConnectionString], output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
