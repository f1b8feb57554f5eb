using Microsoft.Bot.Builder;

namespace AutoDiag.Bot.Middleware;

/// <summary>
/// One turn at a time per conversation: an élu who sends two messages in quick succession would
/// otherwise have two turns load the same dialog state, and the second save would be refused.
/// Turns of different conversations still run in parallel. The gate is in-process: between instances,
/// the refused save is resolved by <see cref="StateConflictRetryMiddleware"/>.
/// </summary>
public sealed class ConversationTurnGateMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    private readonly Dictionary<string, Gate> gates = [];

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var key = $"{turnContext.Activity.ChannelId}|{turnContext.Activity.Conversation?.Id}";
        Gate gate;
        lock (gates)
        {
            if (!gates.TryGetValue(key, out gate!))
            {
                gate = new Gate();
                gates[key] = gate;
            }
            gate.Waiting++;
        }

        try
        {
            await gate.Turn.WaitAsync(cancellationToken);
            try
            {
                await next(cancellationToken);
            }
            finally
            {
                gate.Turn.Release();
            }
        }
        finally
        {
            lock (gates)
            {
                if (--gate.Waiting == 0)
                {
                    gates.Remove(key);
                }
            }
        }
    }

    private sealed class Gate
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);
        public int Waiting { get; set; }
    }
}
