using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AutoDiag.Knowledge.Persistence.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the context without the bot host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAutoDiagDbContext>
{
    public SqliteAutoDiagDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAutoDiagDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
