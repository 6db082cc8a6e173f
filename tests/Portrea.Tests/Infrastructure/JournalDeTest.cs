using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Portrea.Tests.Infrastructure;

/// <summary>Keeps every log line of a host, formatted, so that a test can read what an operator would.</summary>
public sealed class JournalDeTest : ILoggerProvider
{
    public ConcurrentQueue<string> Lignes { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Journal(this);

    public void Dispose()
    {
    }

    private sealed class Journal(JournalDeTest journal) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            journal.Lignes.Enqueue(formatter(state, exception) + (exception is null ? "" : " " + exception));
    }
}
