using AutoDiag.Bot.Middleware;
using AutoDiag.Knowledge.StateStore;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;

namespace AutoDiag.Bot.Tests.MultiInstance;

/// <summary>A turn whose state save another instance beat runs again; only the replies of the attempt that counted are sent.</summary>
public sealed class StateConflictRetryMiddlewareTests
{
    [Fact]
    public async Task A_refused_save_runs_the_turn_again_on_fresh_turn_state_and_only_its_replies_are_sent()
    {
        var attempts = 0;
        var sawCachedState = new List<bool>();
        var respondedAtStart = new List<bool>();
        var replies = await RunAsync(async (context, ct) =>
        {
            attempts++;
            sawCachedState.Add(context.TurnState.ContainsKey("cached"));
            respondedAtStart.Add(context.Responded);
            context.TurnState["cached"] = attempts;
            await context.SendActivityAsync($"attempt {attempts}", cancellationToken: ct);
            Assert.True(context.Responded);
            if (attempts < 3)
            {
                throw new StateConflictException("msteams/conversations/c1/");
            }
        });

        Assert.Equal(["attempt 3"], replies);
        Assert.Equal([false, false, false], sawCachedState);
        Assert.Equal([false, false, false], respondedAtStart);
    }

    [Fact]
    public async Task After_the_last_attempt_the_conflict_reaches_the_error_handler_and_nothing_of_the_turn_is_sent()
    {
        var attempts = 0;
        var error = await Assert.ThrowsAsync<StateConflictException>(() => RunAsync(async (context, ct) =>
        {
            attempts++;
            await context.SendActivityAsync("stale", cancellationToken: ct);
            throw new StateConflictException("k");
        }));

        Assert.Equal(StateConflictRetryMiddleware.MaxAttempts, attempts);
        Assert.NotNull(error);
    }

    [Fact]
    public async Task Another_failure_is_not_retried_and_what_was_said_is_sent()
    {
        var attempts = 0;
        var adapter = new TestAdapter().Use(new StateConflictRetryMiddleware(NullLogger<StateConflictRetryMiddleware>.Instance));

        await Assert.ThrowsAsync<InvalidOperationException>(() => adapter.ProcessActivityAsync(Message(), async (context, ct) =>
        {
            attempts++;
            await context.SendActivityAsync("before the failure", cancellationToken: ct);
            throw new InvalidOperationException("boom");
        }, CancellationToken.None));

        Assert.Equal(1, attempts);
        Assert.Equal("before the failure", adapter.GetNextReply()?.AsMessageActivity()?.Text);
    }

    private static async Task<List<string>> RunAsync(BotCallbackHandler bot)
    {
        var adapter = new TestAdapter().Use(new StateConflictRetryMiddleware(NullLogger<StateConflictRetryMiddleware>.Instance));
        await adapter.ProcessActivityAsync(Message(), bot, CancellationToken.None);
        var replies = new List<string>();
        while (adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply.AsMessageActivity().Text);
        }
        return replies;
    }

    private static Activity Message()
    {
        var activity = (Activity)Activity.CreateMessageActivity();
        activity.Text = "bonjour";
        activity.ChannelId = "msteams";
        activity.Conversation = new ConversationAccount(id: "c1");
        activity.From = new ChannelAccount(id: "u1");
        activity.Recipient = new ChannelAccount(id: "bot");
        activity.ServiceUrl = "https://test.local";
        return activity;
    }
}
