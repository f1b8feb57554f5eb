using AutoDiag.Bot.Storage;
using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.StateStore;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AutoDiag.Bot.Tests.Storage;

/// <summary>
/// The conversation state the bot runs on: what BotState does (properties kept per conversation, written only when they
/// changed, optimistic concurrency), with the state's text made once per turn.
/// </summary>
public sealed class DatabaseConversationStateTests : IAsyncLifetime
{
    private const string Key = "msteams/conversations/conv-state";

    private BotTestHost host = null!;
    private ConversationState state = null!;
    private IStatePropertyAccessor<List<string>> ids = null!;

    public async Task InitializeAsync()
    {
        host = await BotTestHost.StartAsync(DatabaseProvider.Sqlite);
        state = host.Services.GetRequiredService<ConversationState>();
        ids = state.CreateProperty<List<string>>("Ids");
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public void The_bot_runs_on_it()
    {
        Assert.IsType<DatabaseConversationState>(state);
    }

    [Fact]
    public async Task A_property_set_in_a_turn_is_there_in_the_next_one_and_the_document_holds_no_etag()
    {
        var first = Turn();
        (await ids.GetAsync(first, () => [])).Add("m1");
        await state.SaveChangesAsync(first);

        var second = Turn();
        Assert.Equal(["m1"], await ids.GetAsync(second, () => []));
        var stored = await StoredAsync();
        Assert.DoesNotContain("eTag", stored.Document);
    }

    [Fact]
    public async Task A_turn_that_changes_nothing_writes_nothing()
    {
        var first = Turn();
        (await ids.GetAsync(first, () => [])).Add("m1");
        await state.SaveChangesAsync(first);
        var written = await StoredAsync();

        var second = Turn();
        Assert.Equal(["m1"], await ids.GetAsync(second, () => []));
        await state.SaveChangesAsync(second);

        var after = await StoredAsync();
        Assert.Equal((written.ETag, written.Document), (after.ETag, after.Document));
    }

    [Fact]
    public async Task A_conversation_whose_state_is_never_set_gets_no_document_unless_forced()
    {
        var turn = Turn();
        await state.LoadAsync(turn);
        await state.SaveChangesAsync(turn);
        await using (var db = host.OpenDatabase())
        {
            Assert.False(await db.BotStates.AnyAsync());
        }

        await state.SaveChangesAsync(turn, force: true);
        Assert.NotNull(await StoredAsync());
    }

    [Fact]
    public async Task Of_two_turns_that_read_the_same_state_the_second_to_save_is_refused_and_the_first_kept()
    {
        await SaveAsync("m1");

        var first = Turn();
        var second = Turn();
        (await ids.GetAsync(first, () => [])).Add("first");
        (await ids.GetAsync(second, () => [])).Add("second");
        await state.SaveChangesAsync(first);

        await Assert.ThrowsAsync<StateConflictException>(() => state.SaveChangesAsync(second));
        Assert.Equal(["m1", "first"], await ids.GetAsync(Turn(), () => []));
    }

    [Fact]
    public async Task A_turn_saves_twice_with_the_etag_of_its_own_first_save()
    {
        var turn = Turn();
        (await ids.GetAsync(turn, () => [])).Add("m1");
        await state.SaveChangesAsync(turn);
        (await ids.GetAsync(turn, () => [])).Add("m2");
        await state.SaveChangesAsync(turn);

        Assert.Equal(["m1", "m2"], await ids.GetAsync(Turn(), () => []));
    }

    [Fact]
    public async Task A_state_cleared_is_saved_without_its_properties()
    {
        await SaveAsync("m1");

        var turn = Turn();
        await state.ClearStateAsync(turn);
        await state.SaveChangesAsync(turn);

        Assert.Equal([], await ids.GetAsync(Turn(), () => []));
        Assert.DoesNotContain("m1", (await StoredAsync()).Document);
    }

    [Fact]
    public async Task A_state_deleted_then_set_again_in_the_same_turn_is_created_anew()
    {
        await SaveAsync("m1", "m2");

        var turn = Turn();
        Assert.Equal(["m1", "m2"], await ids.GetAsync(turn, () => []));
        await state.DeleteAsync(turn);
        await ids.SetAsync(turn, ["m1"]);
        await state.SaveChangesAsync(turn);

        Assert.Equal(["m1"], await ids.GetAsync(Turn(), () => []));
    }

    [Fact]
    public async Task A_document_written_through_the_sdk_storage_with_its_etag_inside_is_read_and_rewritten_without_it()
    {
        var storage = host.Services.GetRequiredService<IStorage>();
        await storage.WriteAsync(new Dictionary<string, object> { [Key] = new Dictionary<string, object> { ["Ids"] = new List<string> { "old" } } });
        // Read and written back once through IStorage: the document now carries the eTag it was read with.
        await storage.WriteAsync(await storage.ReadAsync([Key]));
        Assert.Contains("eTag", (await StoredAsync()).Document);

        var turn = Turn();
        Assert.Equal(["old"], await ids.GetAsync(turn, () => []));
        await state.SaveChangesAsync(turn);

        Assert.DoesNotContain("eTag", (await StoredAsync()).Document);
        Assert.Equal(["old"], await ids.GetAsync(Turn(), () => []));
    }

    /// <summary>A turn that sets the ids and saves.</summary>
    private async Task SaveAsync(params string[] values)
    {
        var turn = Turn();
        await ids.SetAsync(turn, [.. values]);
        await state.SaveChangesAsync(turn);
    }

    private static TurnContext Turn() => new(new TestAdapter(), new Activity
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        Conversation = new ConversationAccount(id: "conv-state"),
        From = new ChannelAccount("user-1"),
        Recipient = new ChannelAccount("bot"),
    });

    private async Task<BotStateRecord> StoredAsync()
    {
        await using var db = host.OpenDatabase();
        return await db.BotStates.AsNoTracking().SingleAsync(s => s.Key == Key);
    }
}
