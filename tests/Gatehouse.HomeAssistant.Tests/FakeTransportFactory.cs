using System.Threading.Channels;
using Gatehouse.HomeAssistant.Transport;

namespace Gatehouse.HomeAssistant.Tests;

/// <summary>Hands the client a fresh <see cref="FakeTransport"/> per connection attempt, and the test each one it handed out.</summary>
internal sealed class FakeTransportFactory : IHomeAssistantTransportFactory
{
    private readonly Channel<FakeTransport> _handedOut = Channel.CreateUnbounded<FakeTransport>();

    private int _created;

    public int Created => Volatile.Read(ref _created);

    public IHomeAssistantTransport Create(Uri uri)
    {
        var transport = new FakeTransport();
        Interlocked.Increment(ref _created);
        _handedOut.Writer.TryWrite(transport);
        return transport;
    }

    /// <summary>The next connection attempt's transport.</summary>
    public async Task<FakeTransport> NextAsync() => await _handedOut.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value);
}
