using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Bot.Hosting;

public static class DatabaseServiceCollectionExtensions
{
    public const string ConnectionStringName = "AutoDiag";
    public const string DefaultConnectionString = "Data Source=data/autodiag.db";

    /// <summary>The application database: SQLite by default (<c>ConnectionStrings:AutoDiag</c>).</summary>
    public static IServiceCollection AddAutoDiagDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName) ?? DefaultConnectionString;
        EnsureSqliteFolderExists(connectionString);
        services.AddDbContextFactory<SqliteAutoDiagDbContext>(options => options.UseSqlite(connectionString));
        services.AddSingleton<IDbContextFactory<AutoDiagDbContext>, AutoDiagDbContextFactory<SqliteAutoDiagDbContext>>();
        services.AddSingleton<DatabaseInitializer>();
        return services;
    }

    /// <summary>SQLite creates the file but not its folder.</summary>
    private static void EnsureSqliteFolderExists(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
