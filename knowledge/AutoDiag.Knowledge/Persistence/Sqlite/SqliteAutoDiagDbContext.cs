using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Persistence.Sqlite;

/// <summary>The embedded default: one SQLite file, its migrations in this folder.</summary>
public sealed class SqliteAutoDiagDbContext(DbContextOptions<SqliteAutoDiagDbContext> options) : AutoDiagDbContext(options);
