using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CommitteeHub.Tests.Support;

/// <summary>Keeps what the app logs (at the configured level, Warning and above), so a test can assert that no request
/// ended in an unhandled exception even where the client saw a tidy error page.</summary>
public sealed class LogCapture : ILoggerProvider
{
    public sealed record Entry(string Category, LogLevel Level, string Message, Exception? Exception);

    private readonly ConcurrentQueue<Entry> _entries = new();

    public IReadOnlyList<Entry> Entries => _entries.ToList();

    public void Clear() => _entries.Clear();

    /// <summary>Entries that say a request failed with an exception nobody handled: the exception handler's and
    /// Kestrel's reports, and the error page's own.</summary>
    public IReadOnlyList<Entry> Unhandled() =>
        Entries.Where(e => e.Level >= LogLevel.Error && (e.Category.StartsWith("Microsoft.AspNetCore.Diagnostics", StringComparison.Ordinal)
            || e.Message.Contains("unhandled", StringComparison.OrdinalIgnoreCase))).ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new Entry(category, logLevel, formatter(state, exception), exception));
    }
}
