using Microsoft.Extensions.Options;

namespace AutoDiag.Bot.Hosting;

/// <summary><c>Shutdown</c> settings.</summary>
public sealed class ShutdownOptions
{
    public const string SectionName = "Shutdown";

    /// <summary>
    /// How long a stopping instance waits for the turns it is running (the host's <see cref="HostOptions.ShutdownTimeout"/>).
    /// App Service gives a stopping container about 30 s before it kills it.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The <c>Retry-After</c> of the 503 that a stopping instance answers to new activities.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(10);
}

/// <summary>
/// The turns this instance is running over HTTP. Once the application stops, no new turn starts (the endpoint answers
/// 503 with <c>Retry-After</c>, so the channel sends the activity again, to another instance or after the restart), and
/// <see cref="GracefulShutdownService"/> waits for the running ones: an answer being recorded is recorded, and its
/// acknowledgement sent, before the process ends.
/// </summary>
public sealed class InFlightTurns
{
    private readonly Lock gate = new();
    private readonly TaskCompletionSource drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int running;
    private bool stopping;

    /// <summary>Turns running now.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return running;
            }
        }
    }

    /// <summary>True once the application has begun to stop.</summary>
    public bool IsStopping
    {
        get
        {
            lock (gate)
            {
                return stopping;
            }
        }
    }

    /// <summary>A lease to dispose when the turn ends, or null when the instance is stopping (refuse the turn).</summary>
    public IDisposable? TryBegin()
    {
        lock (gate)
        {
            if (stopping)
            {
                return null;
            }
            running++;
        }
        return new Lease(this);
    }

    /// <summary>No new turn from now on.</summary>
    public void StopAccepting()
    {
        lock (gate)
        {
            stopping = true;
            if (running == 0)
            {
                drained.TrySetResult();
            }
        }
    }

    /// <summary>Completes when the application is stopping and no turn runs any more.</summary>
    public Task WhenDrainedAsync(CancellationToken cancellationToken) => drained.Task.WaitAsync(cancellationToken);

    private void End()
    {
        lock (gate)
        {
            running--;
            if (running == 0 && stopping)
            {
                drained.TrySetResult();
            }
        }
    }

    private sealed class Lease(InFlightTurns turns) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                turns.End();
            }
        }
    }
}

/// <summary>
/// On <see cref="IHostApplicationLifetime.ApplicationStopping"/>, stops new turns; when the host stops its services,
/// waits for the running turns, up to the host's shutdown timeout (then logs how many were cut short).
/// </summary>
public sealed class GracefulShutdownService(
    InFlightTurns turns, IHostApplicationLifetime lifetime, IOptions<HostOptions> hostOptions, ILogger<GracefulShutdownService> logger)
    : IHostedService
{
    private CancellationTokenRegistration stoppingRegistration;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        stoppingRegistration = lifetime.ApplicationStopping.Register(turns.StopAccepting);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        turns.StopAccepting();
        var running = turns.Count;
        if (running > 0)
        {
            logger.LogInformation("Stopping: waiting for {TurnCount} turn(s) in progress (at most {ShutdownTimeout}).",
                running, hostOptions.Value.ShutdownTimeout);
        }

        try
        {
            await turns.WhenDrainedAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Shutdown timeout reached with {TurnCount} turn(s) still in progress.", turns.Count);
        }
        finally
        {
            await stoppingRegistration.DisposeAsync();
        }
    }
}
