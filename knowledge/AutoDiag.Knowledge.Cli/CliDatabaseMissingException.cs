namespace AutoDiag.Knowledge.Cli;

/// <summary>The SQLite file a command would read does not exist: most often the command was run from another folder.</summary>
public sealed class CliDatabaseMissingException(string file) : Exception($"No database at {file}.")
{
    /// <summary>What the operator reads.</summary>
    public string Explanation { get; } =
        $"Base de données introuvable : {file}. Indiquez celle du bot avec --connection "
        + "\"Data Source=bot/data/autodiag.db\" (depuis la racine du dépôt), ou la variable ConnectionStrings__AutoDiag.";
}
