using AutoDiag.Knowledge.Cli;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Persistence.Postgres;
using AutoDiag.Knowledge.Persistence.Sqlite;
using AutoDiag.Knowledge.Tests.Support;
using AutoDiag.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Tests.Persistence;

/// <summary><c>Database:Provider</c> names the provider, for the bot and the command line alike.</summary>
public sealed class ProviderChoiceTests
{
    [Theory]
    [InlineData(null, DatabaseProvider.Sqlite)]
    [InlineData("", DatabaseProvider.Sqlite)]
    [InlineData("Sqlite", DatabaseProvider.Sqlite)]
    [InlineData("Postgres", DatabaseProvider.Postgres)]
    [InlineData(" postgresql ", DatabaseProvider.Postgres)]
    public void The_provider_is_read_from_its_name(string? name, DatabaseProvider expected) =>
        Assert.Equal(expected, AutoDiagDatabase.ParseProvider(name));

    [Fact]
    public void A_misspelt_provider_is_refused_rather_than_falling_back_to_a_local_file()
    {
        var error = Assert.Throws<ArgumentException>(() => AutoDiagDatabase.ParseProvider("Postgre"));
        Assert.Contains("use Sqlite or Postgres", error.Message);
    }

    [Fact]
    public async Task The_command_line_opens_the_provider_it_is_given()
    {
        var postgres = await PostgresTestServer.CreateDatabaseAsync();
        await using (postgres)
        {
            var database = await CliDatabase.OpenAsync(["--provider", "Postgres", "--connection", postgres.ConnectionString]);

            await using var db = await database.CreateDbContextAsync();
            Assert.IsType<PostgresAutoDiagDbContext>(db);
            Assert.Equal(8, await db.Communes.CountAsync());
        }

        await using var sqlite = await TestDatabase.CreateAsync();
        await using var sqliteDb = await (await CliDatabase.OpenAsync(["--connection", sqlite.ConnectionString])).CreateDbContextAsync();
        Assert.IsType<SqliteAutoDiagDbContext>(sqliteDb);
    }

    [Fact]
    public void The_provider_option_is_not_a_positional_argument() =>
        Assert.Equal(["CC Flandre Lys", "out"], CliDatabase.Positional(["CC Flandre Lys", "--provider", "Postgres", "out", "--connection", "Host=x"]));
}
