using AutoDiag.Bot.Storage;
using AutoDiag.Knowledge.StateStore;

namespace AutoDiag.Bot.Tests.MultiInstance;

/// <summary>
/// The bot's conversation state storage, with a meeting point: while armed, turns that read a conversation's state wait until
/// <c>parties</c> of them have read it, so that they all hold the same version before any saves — the race of
/// two instances, made certain. Counts the state conflicts the storage refused.
/// </summary>
public sealed class RendezvousStorage(IConversationStateStorage inner, Rendezvous rendezvous) : IConversationStateStorage
{
    public async Task<StoredState?> ReadStateAsync(string key, CancellationToken cancellationToken)
    {
        var read = await inner.ReadStateAsync(key, cancellationToken);
        if (key.Contains("/conversations/", StringComparison.Ordinal))
        {
            await rendezvous.ArriveAsync();
        }
        return read;
    }

    public async Task<string> WriteStateAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.WriteStateAsync(key, json, expectedETag, cancellationToken);
        }
        catch (StateConflictException)
        {
            rendezvous.CountConflict();
            throw;
        }
    }
}

public sealed class Rendezvous
{
    private readonly Lock sync = new();
    private TaskCompletionSource? everyoneArrived;
    private int waitingFor;
    private int conflicts;

    public int Conflicts => Volatile.Read(ref conflicts);

    /// <summary>The next <paramref name="parties"/> state reads wait for each other (10 s at most).</summary>
    public void Arm(int parties)
    {
        lock (sync)
        {
            everyoneArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waitingFor = parties;
        }
    }

    public Task ArriveAsync()
    {
        TaskCompletionSource? arrived;
        lock (sync)
        {
            arrived = everyoneArrived;
            if (arrived is null)
            {
                return Task.CompletedTask;
            }
            if (--waitingFor == 0)
            {
                everyoneArrived = null;
                arrived.SetResult();
            }
        }
        return arrived.Task.WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    public void CountConflict() => Interlocked.Increment(ref conflicts);
}
