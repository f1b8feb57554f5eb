using AutoDiag.Knowledge.Cli;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Persistence.Sqlite;
using AutoDiag.Knowledge.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Tests.Cli;

/// <summary>
/// A command run from another folder than the bot's, without <c>--connection</c>, names a database file that does not
/// exist: the reading commands say so, the imports create it.
/// </summary>
public sealed class MissingDatabaseTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "autodiag-tests", $"missing-{Guid.NewGuid():N}");

    private string ConnectionString => $"Data Source={Path.Combine(folder, "data", "autodiag.db")}";

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("participant-erase", "paul.martin@merville.fr", "--reassign")]
    [InlineData("participant-export", "paul.martin@merville.fr")]
    [InlineData("export", "CC Flandre Lys", "exports")]
    [InlineData("keep-originals", "CC Flandre Lys")]
    public async Task A_reading_command_says_where_it_looked_and_creates_nothing(params string[] args)
    {
        var error = new StringWriter();

        var exitCode = await CommandLine.RunAsync([.. args, "--connection", ConnectionString], new StringWriter(), error);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"Base de données introuvable : {Path.Combine(folder, "data", "autodiag.db")}. Indiquez celle du bot avec --connection",
            error.ToString().Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task An_import_creates_the_database_and_its_folder()
    {
        var sample = Path.Combine(RepositoryPaths.Root(), "knowledge", "samples", "territoires-exemple.csv");

        var exitCode = await CommandLine.RunAsync(["import-territories", sample, "--connection", ConnectionString], new StringWriter(), new StringWriter());

        Assert.Equal(0, exitCode);
        await using var db = new SqliteAutoDiagDbContext(AutoDiagDatabase.SqliteOptions(ConnectionString));
        Assert.True(await db.Communes.AnyAsync(c => c.Name == "Langogne"));
    }
}
