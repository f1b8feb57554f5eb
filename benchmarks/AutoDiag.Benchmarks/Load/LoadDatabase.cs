using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AutoDiag.Benchmarks.Load;

/// <summary>
/// A fresh database for one run of the bot — a SQLite file in a temporary folder, or a new database on the PostgreSQL
/// server — the élus registered in it (as a roster import or an invitation would, so that many élus can start at once:
/// only the first user of an empty database may register by themselves), and the count of what was stored.
/// </summary>
public sealed class LoadDatabase : IAsyncDisposable
{
    private readonly string? postgresServer;
    private readonly string? postgresName;
    private readonly string? sqliteFile;

    private LoadDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? postgresServer, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqliteFile = sqliteFile;
        this.postgresServer = postgresServer;
        this.postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public string Name => Provider == DatabaseProvider.Sqlite ? "SQLite" : "PostgreSQL";

    /// <summary>The bot's settings for this database, as environment variables.</summary>
    public IEnumerable<KeyValuePair<string, string>> BotSettings =>
    [
        new("Database__Provider", Provider == DatabaseProvider.Sqlite ? "Sqlite" : "Postgres"),
        new("ConnectionStrings__AutoDiag", ConnectionString),
    ];

    /// <param name="keep">Leave the file when disposed, to look at it.</param>
    public static LoadDatabase Sqlite(string folder, bool keep)
    {
        var file = Path.Combine(folder, "autodiag.db");
        return new LoadDatabase(DatabaseProvider.Sqlite, $"Data Source={file}", keep ? null : file, null, null);
    }

    /// <summary>A new empty database on <paramref name="server"/> (a role that may create databases).</summary>
    public static async Task<LoadDatabase> PostgresAsync(string server)
    {
        var name = $"autodiag_load_{Guid.NewGuid():N}";
        await ExecuteOnServerAsync(server, $"CREATE DATABASE \"{name}\"");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new LoadDatabase(DatabaseProvider.Postgres, connection, null, server, name);
    }

    /// <summary>
    /// Élus <c>load-elu-0</c>… of the demo intercommunalité (seeded by the bot at start-up), two communes each in turn,
    /// so that every commune gets answers.
    /// </summary>
    public async Task RegisterElusAsync(int count)
    {
        var factory = AutoDiagDatabase.CreateFactory(Provider, ConnectionString);
        int intercommunality;
        List<int> communes;
        await using (var db = factory.CreateDbContext())
        {
            intercommunality = await db.Intercommunalities.Where(i => i.Name == "CC Flandre Lys").Select(i => i.Id).SingleAsync();
            communes = await db.Communes.Where(c => c.IntercommunalityId == intercommunality).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
        }

        const int Batch = 500;
        for (var first = 0; first < count; first += Batch)
        {
            await using var db = factory.CreateDbContext();
            for (var elu = first; elu < Math.Min(count, first + Batch); elu++)
            {
                db.Participants.Add(new Participant
                {
                    ChannelUserId = $"load-elu-{elu}",
                    DisplayName = $"Élu de charge {elu}",
                    Role = ParticipantRole.Elu,
                    IntercommunalityId = intercommunality,
                    CreatedAt = DateTime.UtcNow,
                    Communes =
                    [
                        new ParticipantCommune { CommuneId = communes[elu % communes.Count], Position = 0 },
                        new ParticipantCommune { CommuneId = communes[(elu + 3) % communes.Count], Position = 1 },
                    ],
                });
            }
            await db.SaveChangesAsync();
        }
        ClearPools();
    }

    /// <summary>The sources (« conversation|activity ») of every answer and risk level stored, once per row.</summary>
    public async Task<(List<string> Answers, List<string> Risks)> StoredSourcesAsync()
    {
        var factory = AutoDiagDatabase.CreateFactory(Provider, ConnectionString);
        await using var db = factory.CreateDbContext();
        var answers = await db.Answers.Select(a => a.SourceActivityId).ToListAsync();
        var risks = await db.RiskAssessments.Select(r => r.SourceActivityId).ToListAsync();
        ClearPools();
        return (answers, risks);
    }

    private void ClearPools()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
        }
        else
        {
            using var connection = new NpgsqlConnection(ConnectionString);
            NpgsqlConnection.ClearPool(connection);
        }
    }

    private static async Task ExecuteOnServerAsync(string server, string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false, Timeout = 5 };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        ClearPools();
        if (postgresServer is not null)
        {
            try
            {
                await ExecuteOnServerAsync(postgresServer, $"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)");
            }
            catch (Exception e) when (e is NpgsqlException)
            {
                await Console.Error.WriteLineAsync($"Could not drop the database {postgresName}: {e.Message}");
            }
        }
        else if (sqliteFile is not null)
        {
            foreach (var file in new[] { sqliteFile, sqliteFile + "-journal", sqliteFile + "-wal", sqliteFile + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
