using Microsoft.Bot.Builder;

namespace AutoDiag.Bot.Middleware;

/// <summary>
/// The bot's middleware in their order, for the adapter and for the tests' TestAdapter alike:
/// one turn at a time per conversation on this instance, then the retry of a turn whose state save another instance
/// beat, then the check that the activity is not a redelivery (inside the retry, so that an attempt again sees the state
/// the other instance saved). As one middleware it runs the three around the rest of the turn — which the SDK's
/// <c>MiddlewareSet</c> does not: it runs its members, then the rest of the turn after them, so a step could neither stop
/// nor retry the turn.
/// </summary>
public sealed class AutoDiagTurnMiddleware(
    ConversationTurnGateMiddleware turnGate, StateConflictRetryMiddleware conflictRetry, RedeliveryGuardMiddleware redeliveryGuard)
    : Microsoft.Bot.Builder.IMiddleware
{
    /// <summary>The gate first: a redelivery on this instance waits for the first delivery's turn, then is recognised.</summary>
    public IReadOnlyList<Microsoft.Bot.Builder.IMiddleware> InOrder { get; } = [turnGate, conflictRetry, redeliveryGuard];

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default) =>
        RunAsync(0, turnContext, next, cancellationToken);

    private Task RunAsync(int index, ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken) =>
        index == InOrder.Count
            ? next(cancellationToken)
            : InOrder[index].OnTurnAsync(turnContext, ct => RunAsync(index + 1, turnContext, next, ct), cancellationToken);
}
