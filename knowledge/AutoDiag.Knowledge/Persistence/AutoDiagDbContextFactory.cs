using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Persistence;

/// <summary>Hands the domain services the provider's context (SQLite, PostgreSQL) as the shared model type.</summary>
public sealed class AutoDiagDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<AutoDiagDbContext>
    where TContext : AutoDiagDbContext
{
    public AutoDiagDbContext CreateDbContext() => inner.CreateDbContext();
}
