using Microsoft.EntityFrameworkCore.Design;

namespace AutoDiag.Knowledge.Persistence.Postgres;

/// <summary>
/// Lets `dotnet ef migrations add … --context PostgresAutoDiagDbContext` build the context without the bot host
/// (adding a migration connects to no server; the bot migrates the database itself at start-up).
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAutoDiagDbContext>
{
    public PostgresAutoDiagDbContext CreateDbContext(string[] args) =>
        new(AutoDiagDatabase.PostgresOptions("Host=127.0.0.1;Port=5432;Database=autodiag_design;Username=app;Password=app"));
}
