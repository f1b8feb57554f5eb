using AutoDiag.Knowledge.StateStore;
using Microsoft.Bot.Builder;

namespace AutoDiag.Bot.Tests.MultiInstance;

/// <summary>
/// The bot's storage, with a meeting point: while armed, turns that read a conversation's state wait until
/// <c>parties</c> of them have read it, so that they all hold the same version before any saves — the race of
/// two instances, made certain. Counts the state conflicts the storage refused.
/// </summary>
public sealed class RendezvousStorage(IStorage inner, Rendezvous rendezvous) : IStorage
{
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(keys, cancellationToken);
        if (keys.Any(key => key.Contains("/conversations/", StringComparison.Ordinal)))
        {
            await rendezvous.ArriveAsync();
        }
        return read;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        try
        {
            await inner.WriteAsync(changes, cancellationToken);
        }
        catch (StateConflictException)
        {
            rendezvous.CountConflict();
            throw;
        }
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
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
