using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.StateStore;
using AutoDiag.Knowledge.Tests.Support;

namespace AutoDiag.Knowledge.Tests.StateStore;

/// <summary>The bot state's documents: optimistic concurrency on eTags, on either provider, under concurrent writers.</summary>
public abstract class StateDocumentStoreTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase database = null!;
    private StateDocumentStore store = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        store = new StateDocumentStore(database.Factory, TimeProvider.System);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_document_is_replaced_only_with_the_etag_it_was_read_with()
    {
        var first = await store.WriteAsync("k", """{"n":1}""", expectedETag: null);
        var second = await store.WriteAsync("k", """{"n":2}""", first);

        await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("k", """{"n":3}""", first));
        var stored = (await store.ReadAsync(["k", "missing"]))["k"];
        Assert.Equal(("""{"n":2}""", second), (stored.Json, stored.ETag));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task A_document_read_as_missing_is_not_created_over_one_written_meanwhile()
    {
        await store.WriteAsync("k", """{"by":"instance A"}""", expectedETag: null);

        await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("k", """{"by":"instance B"}""", expectedETag: null));

        Assert.Equal("""{"by":"instance A"}""", (await store.ReadAsync(["k"]))["k"].Json);
    }

    [Fact]
    public async Task The_wildcard_writes_whatever_is_stored_or_creates()
    {
        await store.WriteAsync("new", "{}", StateDocumentStore.AnyETag);
        var old = await store.WriteAsync("k", """{"n":1}""", expectedETag: null);
        await store.WriteAsync("k", """{"n":2}""", old);

        await store.WriteAsync("k", """{"n":5}""", StateDocumentStore.AnyETag);

        Assert.Equal("""{"n":5}""", (await store.ReadAsync(["k"]))["k"].Json);
        Assert.True((await store.ReadAsync(["new"])).ContainsKey("new"));
    }

    [Fact]
    public async Task A_document_deleted_since_it_was_read_is_a_conflict()
    {
        var eTag = await store.WriteAsync("k", "{}", expectedETag: null);
        await store.DeleteAsync(["k"]);

        await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("k", "{}", eTag));
    }

    [Fact]
    public async Task Of_writers_that_read_the_same_version_exactly_one_succeeds()
    {
        var eTag = await store.WriteAsync("conv", """{"step":0}""", expectedETag: null);
        // Writers of two « instances »: two stores over one database.
        var stores = new[] { store, new StateDocumentStore(database.Factory, TimeProvider.System) };

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => Task.Run(async () =>
        {
            try
            {
                await stores[i % 2].WriteAsync("conv", $$"""{"step":{{i}}}""", eTag);
                return true;
            }
            catch (StateConflictException)
            {
                return false;
            }
        })));

        Assert.Single(outcomes, won => won);
        var winner = Array.IndexOf(outcomes, true) + 1;
        Assert.Equal($$"""{"step":{{winner}}}""", (await store.ReadAsync(["conv"]))["conv"].Json);
    }

    [Fact]
    public async Task Of_writers_that_all_found_no_document_exactly_one_creates_it()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => Task.Run(async () =>
        {
            try
            {
                await store.WriteAsync("fresh", $$"""{"by":{{i}}}""", expectedETag: null);
                return true;
            }
            catch (StateConflictException)
            {
                return false;
            }
        })));

        Assert.Single(outcomes, won => won);
    }
}

public sealed class SqliteStateDocumentStoreTests() : StateDocumentStoreTests(DatabaseProvider.Sqlite);

public sealed class PostgresStateDocumentStoreTests() : StateDocumentStoreTests(DatabaseProvider.Postgres);
