using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Gatehouse.HomeAssistant.Tests;

/// <summary>Keeps every log entry's event id and text, and lets a test wait for an event id: the client's own account of what it did.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<(int Id, string Text)> _entries = new();
    private readonly SemaphoreSlim _logged = new(0);

    public IReadOnlyCollection<(int Id, string Text)> Entries => _entries;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        _entries.Enqueue((eventId.Id, formatter(state, exception)));
        _logged.Release();
    }

    /// <summary>Waits until an entry with <paramref name="eventId"/> was logged; returns its text.</summary>
    public async Task<string> WaitForAsync(int eventId)
    {
        using var timeout = new CancellationTokenSource(TestTimeout.Value);
        while (true)
        {
            if (_entries.FirstOrDefault(e => e.Id == eventId) is { Text: { } text })
            {
                return text;
            }
            await _logged.WaitAsync(timeout.Token);
        }
    }
}
