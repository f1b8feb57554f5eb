using AutoDiag.Knowledge.Cli;
using AutoDiag.Knowledge.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Tests.Cli;

/// <summary>The documented command: <c>dotnet run --project knowledge/AutoDiag.Knowledge.Cli -- import-participants FILE</c>.</summary>
public sealed class ImportParticipantsCommandTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private readonly string csvPath = Path.Combine(Path.GetTempPath(), "autodiag-tests", $"{Guid.NewGuid():N}.csv");

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        File.Delete(csvPath);
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Imports_the_sample_roster_shipped_in_the_repository()
    {
        var sample = Path.Combine(RepositoryPaths.Root(), "knowledge", "samples", "participants-exemple.csv");
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await CommandLine.RunAsync(["import-participants", sample, "--connection", database.ConnectionString], output, error);

        Assert.True(exitCode == 0, error.ToString());
        Assert.Contains("Importé : 3 participant(s)", output.ToString());
        await using var db = database.Open();
        Assert.True(await db.Participants.AnyAsync(p => p.Email == "paul.martin@merville.fr" && p.ChannelUserId == null));
    }

    [Fact]
    public async Task A_bad_roster_exits_with_an_error_and_the_report()
    {
        await File.WriteAllTextAsync(csvPath, "nom;email;role;intercommunalite;communes\nPaul;paul@exemple.fr;élu;CC Flandre Lys;Atlantis\n");
        var error = new StringWriter();

        var exitCode = await CommandLine.RunAsync(["import-participants", csvPath, "--connection", database.ConnectionString], new StringWriter(), error);

        Assert.Equal(1, exitCode);
        Assert.Contains("Rien n'a été importé", error.ToString());
        Assert.Contains("Ligne 2 : commune « Atlantis » inconnue", error.ToString());
        await using var db = database.Open();
        Assert.Empty(await db.Participants.ToListAsync());
    }

    [Fact]
    public async Task Wrong_arguments_print_the_usage()
    {
        var error = new StringWriter();

        Assert.Equal(2, await CommandLine.RunAsync(["import-participants"], new StringWriter(), error));
        Assert.Contains("autodiag-knowledge import-participants FICHIER.csv", error.ToString());
    }
}
