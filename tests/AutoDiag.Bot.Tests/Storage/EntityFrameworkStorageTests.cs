using AutoDiag.Bot.Tests.Support;
using AutoDiag.Dialogs;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.StateStore;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace AutoDiag.Bot.Tests.Storage;

/// <summary>The bot's IStorage over the database: round trips, and optimistic concurrency on eTags, on each provider.</summary>
public abstract class EntityFrameworkStorageTests(DatabaseProvider provider) : IAsyncLifetime
{
    private BotTestHost host = null!;
    private IStorage storage = null!;

    public async Task InitializeAsync()
    {
        host = await BotTestHost.StartAsync(provider);
        storage = host.Services.GetRequiredService<IStorage>();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_dialog_state_round_trips_with_its_types()
    {
        var state = new Dictionary<string, object>
        {
            ["DialogState"] = new DialogState
            {
                DialogStack = [new DialogInstance { Id = "MainDialog", State = new Dictionary<string, object> { ["step"] = 2 } }],
            },
        };

        await storage.WriteAsync(new Dictionary<string, object> { ["msteams/conversations/c1"] = state });
        var read = await storage.ReadAsync(["msteams/conversations/c1", "missing"]);

        var document = Assert.IsAssignableFrom<IDictionary<string, object>>(Assert.Single(read).Value);
        var dialogState = Assert.IsType<DialogState>(document["DialogState"]);
        Assert.Equal("MainDialog", dialogState.DialogStack.Single().Id);
        Assert.False(string.IsNullOrEmpty(document["eTag"] as string));
    }

    [Fact]
    public async Task A_write_based_on_a_stale_read_is_refused()
    {
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Dictionary<string, object> { ["n"] = 1L } });
        var first = (IDictionary<string, object>)(await storage.ReadAsync(["k"]))["k"];
        var second = (IDictionary<string, object>)(await storage.ReadAsync(["k"]))["k"];

        first["n"] = 2L;
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = first });
        second["n"] = 3L;

        await Assert.ThrowsAsync<StateConflictException>(() => storage.WriteAsync(new Dictionary<string, object> { ["k"] = second }));
        var stored = (IDictionary<string, object>)(await storage.ReadAsync(["k"]))["k"];
        Assert.Equal(2L, stored["n"]);
    }

    [Fact]
    public async Task A_new_state_is_not_written_over_one_another_instance_created_meanwhile()
    {
        // Both turns read the conversation's state as missing (BotState then writes without an eTag).
        await storage.WriteAsync(new Dictionary<string, object> { ["conv"] = new Dictionary<string, object> { ["by"] = "A" } });
        host.Logs.Clear();

        await Assert.ThrowsAsync<StateConflictException>(() =>
            storage.WriteAsync(new Dictionary<string, object> { ["conv"] = new Dictionary<string, object> { ["by"] = "B" } }));
        Assert.Equal("A", ((IDictionary<string, object>)(await storage.ReadAsync(["conv"]))["conv"])["by"]);
        // An expected conflict, answered by running the turn again: nothing in the logs.
        Assert.Empty(host.Logs.GetSnapshot());
    }

    [Fact]
    public async Task Of_two_instances_saving_the_same_conversation_state_one_wins_and_the_other_is_refused()
    {
        await storage.WriteAsync(new Dictionary<string, object> { ["conv"] = new Dictionary<string, object> { ["step"] = 0L } });
        await using var other = await BotTestHost.StartAsync(settings: host.Provider == DatabaseProvider.Postgres ? BotTestHost.PostgresSettings(host.ConnectionString) : null,
            databasePath: host.Provider == DatabaseProvider.Sqlite ? host.DatabasePath : null);
        var storages = new[] { storage, other.Services.GetRequiredService<IStorage>() };
        var reads = await Task.WhenAll(storages.Select(s => s.ReadAsync(["conv"])));

        var outcomes = await Task.WhenAll(reads.Select((read, i) => Task.Run(async () =>
        {
            var state = (IDictionary<string, object>)read["conv"];
            state["step"] = i + 1L;
            try
            {
                await storages[i].WriteAsync(new Dictionary<string, object> { ["conv"] = state });
                return true;
            }
            catch (StateConflictException)
            {
                return false;
            }
        })));

        Assert.Single(outcomes, won => won);
        var stored = (IDictionary<string, object>)(await storages[1].ReadAsync(["conv"]))["conv"];
        Assert.Equal(Array.IndexOf(outcomes, true) + 1L, stored["step"]);
    }

    [Fact]
    public async Task The_wildcard_eTag_writes_whatever_is_stored()
    {
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Dictionary<string, object> { ["n"] = 1L } });

        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Dictionary<string, object> { ["n"] = 5L, ["eTag"] = "*" } });

        Assert.Equal(5L, ((IDictionary<string, object>)(await storage.ReadAsync(["k"]))["k"])["n"]);
    }

    [Fact]
    public async Task Delete_removes_the_documents()
    {
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Dictionary<string, object>(), ["b"] = new Dictionary<string, object>() });

        await storage.DeleteAsync(["a"]);

        Assert.Equal(["b"], (await storage.ReadAsync(["a", "b"])).Keys);
    }

    [Fact]
    public async Task The_framework_collections_are_stored_by_a_short_alias_and_full_names_are_still_read()
    {
        var state = new Dictionary<string, object>
        {
            ["RecentActivityIds"] = new List<string> { "m1" },
            ["DialogState"] = new DialogState { DialogStack = [new DialogInstance { Id = "MainDialog", State = new Dictionary<string, object>() }] },
        };
        await storage.WriteAsync(new Dictionary<string, object> { ["msteams/conversations/short"] = state });

        var store = host.Services.GetRequiredService<StateDocumentStore>();
        var json = (await store.ReadAsync(["msteams/conversations/short"]))["msteams/conversations/short"].Json;
        Assert.Contains("\"$type\":\"dictionary\"", json);
        Assert.Contains("\"$type\":\"dialogs\"", json);
        Assert.Contains("\"$type\":\"strings\"", json);
        Assert.Contains("\"$type\":\"dialogState\"", json);
        Assert.DoesNotContain("System.Collections.Generic", json);

        // As written before the aliases.
        await store.WriteAsync("msteams/conversations/long", """
            {"$type":"System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[System.Object, System.Private.CoreLib]], System.Private.CoreLib",
             "RecentActivityIds":{"$type":"System.Collections.Generic.List`1[[System.String, System.Private.CoreLib]], System.Private.CoreLib","$values":["m1"]}}
            """, expectedETag: null);
        var read = Assert.IsAssignableFrom<IDictionary<string, object>>((await storage.ReadAsync(["msteams/conversations/long"]))["msteams/conversations/long"]);
        Assert.Equal(["m1"], Assert.IsType<List<string>>(read["RecentActivityIds"]));
    }

    [Fact]
    public async Task A_type_outside_the_allowed_assemblies_is_never_revived()
    {
        var store = host.Services.GetRequiredService<StateDocumentStore>();
        await store.WriteAsync("evil", """{"$type":"System.Diagnostics.Process, System.Diagnostics.Process"}""", expectedETag: null);

        var error = await Assert.ThrowsAsync<Newtonsoft.Json.JsonSerializationException>(() => storage.ReadAsync(["evil"]));
        Assert.Contains("not allowed in bot state", error.InnerException?.Message ?? error.Message);
    }

    [Theory]
    [InlineData("System.Diagnostics.Process")]
    [InlineData("System.Collections.Generic.List`1[[System.Diagnostics.Process, System.Diagnostics.Process]], System.Private.CoreLib")]
    [InlineData("System.Collections.Generic.List`1[[System.Collections.Generic.List`1[[System.Diagnostics.Process, System.Diagnostics.Process]], System.Private.CoreLib]], System.Private.CoreLib")]
    public async Task A_type_without_its_assembly_or_with_a_disallowed_type_argument_is_never_revived(string type)
    {
        var store = host.Services.GetRequiredService<StateDocumentStore>();
        await store.WriteAsync("evil", $$"""{"$type":"{{type}}","$values":[]}""", expectedETag: null);

        var error = await Assert.ThrowsAsync<Newtonsoft.Json.JsonSerializationException>(() => storage.ReadAsync(["evil"]));
        Assert.Contains("not allowed in bot state", error.InnerException?.Message ?? error.Message);
    }
}

public sealed class SqliteEntityFrameworkStorageTests() : EntityFrameworkStorageTests(DatabaseProvider.Sqlite);

public sealed class PostgresEntityFrameworkStorageTests() : EntityFrameworkStorageTests(DatabaseProvider.Postgres);
