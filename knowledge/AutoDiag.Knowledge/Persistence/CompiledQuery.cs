using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace AutoDiag.Knowledge.Persistence;

/// <summary>
/// A query of every turn, compiled once: EF Core otherwise walks and hashes the whole expression tree at each execution
/// to find its cached plan. EF Core's compiled queries are tied to one model, and a process may use both providers (the
/// tests do): one compilation per model.
/// </summary>
public sealed class CompiledQuery<TParameter, TResult>(Expression<Func<AutoDiagDbContext, TParameter, IQueryable<TResult>>> query)
{
    private readonly ConcurrentDictionary<IModel, Func<AutoDiagDbContext, TParameter, IAsyncEnumerable<TResult>>> byModel = new();

    public async Task<List<TResult>> ToListAsync(AutoDiagDbContext db, TParameter parameter, CancellationToken ct)
    {
        var run = byModel.GetOrAdd(db.Model, static (_, q) => EF.CompileAsyncQuery(q), query);
        return await run(db, parameter).ToListAsync(ct);
    }
}

/// <summary><see cref="CompiledQuery{TParameter, TResult}"/> with two parameters.</summary>
public sealed class CompiledQuery<TParameter1, TParameter2, TResult>(
    Expression<Func<AutoDiagDbContext, TParameter1, TParameter2, IQueryable<TResult>>> query)
{
    private readonly ConcurrentDictionary<IModel, Func<AutoDiagDbContext, TParameter1, TParameter2, IAsyncEnumerable<TResult>>> byModel = new();

    public async Task<List<TResult>> ToListAsync(AutoDiagDbContext db, TParameter1 parameter1, TParameter2 parameter2, CancellationToken ct)
    {
        var run = byModel.GetOrAdd(db.Model, static (_, q) => EF.CompileAsyncQuery(q), query);
        return await run(db, parameter1, parameter2).ToListAsync(ct);
    }
}
