using System.Reflection;
using AutoDiag.Knowledge.StateStore;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AutoDiag.Bot.Middleware;

/// <summary>
/// Several instances share the conversation state in the database with optimistic concurrency: when two turns
/// of one conversation run at once on two instances (an élu sending two messages in quick succession, each
/// routed to another instance), the second to save its state is refused (<see cref="StateConflictException"/>).
/// Instead of failing that turn, it runs again on the state the other turn saved, up to
/// <see cref="MaxAttempts"/> times. Running a turn again is safe: answers are stored once per activity id
/// (unique index on participant and activity), risk levels and section completions are upserts, and the
/// conversation state is the turn's only state write (the bot keeps no user state), so a refused save wrote nothing.
/// The replies of an attempt are held back until the turn has saved its state, so the élu never sees the
/// replies of an attempt that did not count. The in-process <see cref="ConversationTurnGateMiddleware"/>
/// keeps conflicts away on one instance; this resolves the ones between instances.
/// </summary>
public sealed class StateConflictRetryMiddleware(ILogger<StateConflictRetryMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public const int MaxAttempts = 4;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var outbox = new Outbox();
        turnContext.OnSendActivities(outbox.HoldAsync);
        // What the turn caches (the loaded bot state, the participant…) is dropped before an attempt again.
        var turnStateBefore = new Dictionary<string, object>(turnContext.TurnState);
        var respondedBefore = turnContext.Responded;

        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await next(cancellationToken);
                    break;
                }
                catch (StateConflictException conflict) when (attempt < MaxAttempts)
                {
                    logger.LogInformation(conflict, "Conversation {ConversationId} was saved by another turn meanwhile: attempt {Attempt} of the turn on its state.",
                        turnContext.Activity.Conversation?.Id, attempt + 1);
                    outbox.Discard();
                    RestoreTurnState(turnContext.TurnState, turnStateBefore);
                    SetResponded(turnContext, respondedBefore);
                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 40) * attempt), cancellationToken);
                }
            }
        }
        catch (StateConflictException)
        {
            // Given up: the state another turn saved stays, and the error handler tells the élu.
            outbox.Discard();
            throw;
        }
        catch
        {
            // Any other failure: what was said so far is said, as without this middleware.
            await outbox.SendHeldAsync();
            throw;
        }
        finally
        {
            // From here on (the error handler included), replies go out at once.
            outbox.Stop();
        }

        await outbox.SendHeldAsync();
    }

    /// <summary>
    /// <see cref="TurnContext.Responded"/> has a private setter; prompts read it to know whether a validator already
    /// explained itself, so it must say « sent » for held replies and go back to what it was for another attempt.
    /// (The SDK is archived at 4.23.1: the member will not move.)
    /// </summary>
    private static readonly MethodInfo? RespondedSetter = typeof(TurnContext).GetProperty(nameof(TurnContext.Responded))?.GetSetMethod(nonPublic: true);

    private static void SetResponded(ITurnContext turnContext, bool responded)
    {
        if (turnContext is TurnContext context && context.Responded != responded)
        {
            RespondedSetter?.Invoke(context, [responded]);
        }
    }

    private static void RestoreTurnState(TurnContextStateCollection turnState, Dictionary<string, object> before)
    {
        foreach (var key in turnState.Keys.Where(key => !before.ContainsKey(key)).ToList())
        {
            turnState.Remove(key);
        }
        foreach (var (key, value) in before)
        {
            turnState[key] = value;
        }
    }

    /// <summary>Holds the replies of the running attempt; sends them, in order, once the attempt counted.</summary>
    private sealed class Outbox
    {
        private static long heldCount;
        private readonly List<Func<Task<ResourceResponse[]>>> held = [];
        private bool holding = true;

        public Task<ResourceResponse[]> HoldAsync(ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> send)
        {
            // Typing indicators say nothing about the state: they go out at once.
            if (!holding || activities.All(a => a.Type == ActivityTypes.Typing))
            {
                return send();
            }

            held.Add(send);
            if (activities.Any(a => a.Type != ActivityTypes.Trace))
            {
                SetResponded(turnContext, true);
            }
            // Nobody reads these ids; a counter, since Guid.NewGuid draws from the OS's random source at every reply.
            return Task.FromResult(activities.Select(_ => new ResourceResponse($"held-{Interlocked.Increment(ref heldCount)}")).ToArray());
        }

        public void Discard() => held.Clear();

        public void Stop() => holding = false;

        public async Task SendHeldAsync()
        {
            var toSend = held.ToList();
            held.Clear();
            foreach (var send in toSend)
            {
                await send();
            }
        }
    }
}
