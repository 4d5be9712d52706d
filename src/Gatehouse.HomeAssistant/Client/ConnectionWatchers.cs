using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Gatehouse.HomeAssistant.Client;

/// <summary>Hands every ready session to each watcher, each through its own queue so a slow one delays no other.</summary>
internal sealed class ConnectionWatchers
{
    private readonly Lock _lock = new();
    private readonly List<Channel<HomeAssistantConnected>> _watchers = [];
    private HomeAssistantConnected? _current;

    public void Connected(HomeAssistantConnected connected)
    {
        lock (_lock)
        {
            _current = connected;
            foreach (var watcher in _watchers)
            {
                watcher.Writer.TryWrite(connected);
            }
        }
    }

    public void Disconnected()
    {
        lock (_lock)
        {
            _current = null;
        }
    }

    public async IAsyncEnumerable<HomeAssistantConnected> WatchAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var watcher = Channel.CreateUnbounded<HomeAssistantConnected>();
        lock (_lock)
        {
            if (_current is not null)
            {
                watcher.Writer.TryWrite(_current);
            }
            _watchers.Add(watcher);
        }
        try
        {
            await foreach (var connected in watcher.Reader.ReadAllAsync(cancellationToken))
            {
                yield return connected;
            }
        }
        finally
        {
            lock (_lock)
            {
                _watchers.Remove(watcher);
            }
        }
    }
}
