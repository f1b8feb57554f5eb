namespace AutoDiag.Knowledge.Cli;

/// <summary>One command of the command line.</summary>
public interface ICommand
{
    /// <summary>The first argument that selects it, e.g. « evaluate ».</summary>
    string Name { get; }

    /// <summary>Its arguments, as shown in the usage message.</summary>
    string Usage { get; }

    /// <param name="args">The arguments after the command's name.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where problems and diagnostics go.</param>
    /// <returns>The process exit code: 0 done, 1 failed, 2 wrong arguments.</returns>
    Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error);
}
