using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BriefBot.TestKit.Logging;

/// <summary>Keeps every log entry (level, category, rendered message, structured values, exception) for assertions.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<LogEntry> Entries { get; } = new();

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
            owner.Entries.Enqueue(new LogEntry(logLevel, category, eventId, formatter(state, exception), values, exception?.ToString()));
        }
    }
}

/// <summary>One log entry as a sink would receive it.</summary>
public sealed record LogEntry(LogLevel Level, string Category, EventId EventId, string Message, string Values, string? Exception)
{
    /// <summary>Everything a log sink could store of this entry.</summary>
    public string AllText => string.Join(' ', Category, Message, Values, Exception);
}
