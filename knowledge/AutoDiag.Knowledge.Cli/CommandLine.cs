namespace AutoDiag.Knowledge.Cli;

/// <summary>
/// <c>autodiag-knowledge COMMAND ARGUMENTS</c>: dispatches to the command named by the first argument, or prints
/// the usage of every command.
/// </summary>
public static class CommandLine
{
    private static readonly IReadOnlyList<ICommand> DefaultCommands =
        [
            new ImportTerritoriesCommand(), new ImportParticipantsCommand(), new ExportCommand(), new ParticipantExportCommand(),
            new ParticipantEraseCommand(), new KeepOriginalsCommand(), new EvaluateCommand(), new CategorizeCommand(),
        ];

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, output, error, DefaultCommands);

    /// <param name="args">The process arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where problems and diagnostics go.</param>
    /// <param name="commands">The commands to choose from; the first one's usage heads the usage message.</param>
    public static async Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter error, IReadOnlyList<ICommand> commands)
    {
        var command = args.Length > 0 ? commands.FirstOrDefault(c => c.Name == args[0]) : null;
        int exitCode;
        try
        {
            exitCode = command is null ? 2 : await command.RunAsync(args[1..], output, error);
        }
        catch (CliDatabaseMissingException missing)
        {
            await error.WriteLineAsync(missing.Explanation);
            return 1;
        }
        if (exitCode == 2)
        {
            var lines = commands.Select(c => $"autodiag-knowledge {c.Name} {c.Usage}");
            await error.WriteLineAsync("Usage : " + string.Join(Environment.NewLine + "        ", lines));
        }

        return exitCode;
    }
}
