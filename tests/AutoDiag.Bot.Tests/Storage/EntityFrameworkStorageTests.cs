using AutoDiag.Bot.Tests.Support;
using AutoDiag.Dialogs;
using AutoDiag.Knowledge.StateStore;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace AutoDiag.Bot.Tests.Storage;

/// <summary>The bot's IStorage over the database: round trips, and optimistic concurrency on eTags.</summary>
public sealed class EntityFrameworkStorageTests : IAsyncLifetime
{
    private BotTestHost host = null!;
    private IStorage storage = null!;

    public async Task InitializeAsync()
    {
        host = await BotTestHost.StartAsync();
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
    public async Task A_type_outside_the_allowed_assemblies_is_never_revived()
    {
        var store = host.Services.GetRequiredService<StateDocumentStore>();
        await store.WriteAsync("evil", """{"$type":"System.Diagnostics.Process, System.Diagnostics.Process"}""", expectedETag: null);

        var error = await Assert.ThrowsAsync<Newtonsoft.Json.JsonSerializationException>(() => storage.ReadAsync(["evil"]));
        Assert.Contains("not allowed in bot state", error.InnerException?.Message ?? error.Message);
    }
}
