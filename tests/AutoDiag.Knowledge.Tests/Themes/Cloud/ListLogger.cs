using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AutoDiag.Knowledge.Tests.Themes.Cloud;

public sealed record LogEntry(LogLevel Level, string Message, Exception? Exception)
{
    /// <summary>Everything a log sink could write: the message and the whole exception, inner ones included.</summary>
    public string Everything => Message + Environment.NewLine + Exception;
}

/// <summary>Keeps what is logged, to check what goes to the logs (and what never does).</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => _entries.ToList();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(
        LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _entries.Enqueue(new LogEntry(logLevel, formatter(state, exception), exception));
}
