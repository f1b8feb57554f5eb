using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Persistence.Postgres;

/// <summary>
/// The shared database server of a deployment with several instances (<c>Database:Provider=Postgres</c>),
/// its migrations in this folder. Same model as SQLite; DateTime columns are <c>timestamp with time zone</c>
/// and only take UTC values, which is what the domain writes (<c>TimeProvider.GetUtcNow().UtcDateTime</c>).
/// </summary>
public sealed class PostgresAutoDiagDbContext(DbContextOptions<PostgresAutoDiagDbContext> options) : AutoDiagDbContext(options);
