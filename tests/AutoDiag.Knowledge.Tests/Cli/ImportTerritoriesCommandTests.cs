using AutoDiag.Knowledge.Cli;
using AutoDiag.Knowledge.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Tests.Cli;

/// <summary>The documented command: <c>dotnet run --project knowledge/AutoDiag.Knowledge.Cli -- import-territories FILE</c>.</summary>
public sealed class ImportTerritoriesCommandTests : IAsyncLifetime
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
    public async Task Imports_the_sample_file_shipped_in_the_repository()
    {
        var sample = Path.Combine(RepositoryPaths.Root(), "knowledge", "samples", "territoires-exemple.csv");
        var output = new StringWriter();

        var exitCode = await CommandLine.RunAsync(["import-territories", sample, "--connection", database.ConnectionString], output, new StringWriter());

        Assert.Equal(0, exitCode);
        Assert.Contains("1 intercommunalité(s) ajoutée(s), 1 commune(s) ajoutée(s)", output.ToString());
        await using var db = database.Open();
        Assert.True(await db.Communes.AnyAsync(c => c.Name == "Langogne"));
    }

    [Fact]
    public async Task A_bad_file_exits_with_an_error_and_the_report()
    {
        await File.WriteAllTextAsync(csvPath, "nom;ville\nA;B\n");
        var error = new StringWriter();

        var exitCode = await CommandLine.RunAsync(["import-territories", csvPath, "--connection", database.ConnectionString], new StringWriter(), error);

        Assert.Equal(1, exitCode);
        Assert.Contains("Rien n'a été importé", error.ToString());
        Assert.Contains("En-tête attendu", error.ToString());
    }

    [Fact]
    public async Task Wrong_arguments_print_the_usage()
    {
        var error = new StringWriter();

        Assert.Equal(2, await CommandLine.RunAsync(["import"], new StringWriter(), error));
        Assert.Contains("Usage : autodiag-knowledge import-territories", error.ToString());
    }
}
