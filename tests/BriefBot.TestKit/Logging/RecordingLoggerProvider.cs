using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BriefBot.TestKit.Logging;

/// <summary>Keeps every log entry (level, category, rendered message, structured values, exception) for assertions.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly Lock _gate = new();
    private readonly List<(Func<LogEntry, bool> Match, TaskCompletionSource<LogEntry> Done)> _waiters = [];

    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    /// <summary>Completes with the first entry (past or future) that matches; fails after 30 s of real time.</summary>
    public Task<LogEntry> WhenLoggedAsync(Func<LogEntry, bool> match, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (Entries.FirstOrDefault(match) is { } seen)
            {
                return Task.FromResult(seen);
            }

            var done = new TaskCompletionSource<LogEntry>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, done));
            return done.Task.WaitAsync(TimeSpan.FromSeconds(30), TimeProvider.System, cancellationToken);
        }
    }

    /// <summary>Completes once <paramref name="count"/> entries that match have been logged.</summary>
    public async Task WhenLoggedAsync(int count, Func<LogEntry, bool> match, CancellationToken cancellationToken)
    {
        for (var n = 1; n <= count; n++)
        {
            var wanted = n;
            await WhenLoggedAsync(e => match(e) && Entries.Count(match) >= wanted, cancellationToken);
        }
    }

    private void Add(LogEntry entry)
    {
        lock (_gate)
        {
            Entries.Enqueue(entry);
            foreach (var waiter in _waiters.Where(w => w.Match(entry)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult(entry);
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Recorder(RecordingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(" ", pairs.Select(p => p.Key + "=" + p.Value))
                : "";
            owner.Add(new LogEntry(logLevel, category, eventId, formatter(state, exception), values, exception?.ToString()));
        }
    }
}

/// <summary>One log entry as a sink would receive it.</summary>
public sealed record LogEntry(LogLevel Level, string Category, EventId EventId, string Message, string Values, string? Exception)
{
    /// <summary>Everything a log sink could store of this entry.</summary>
    public string AllText => string.Join(' ', Category, Message, Values, Exception);
}
