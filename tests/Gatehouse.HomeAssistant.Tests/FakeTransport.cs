using System.Threading.Channels;
using Gatehouse.HomeAssistant.Messages;
using Gatehouse.HomeAssistant.Transport;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Tests;

/// <summary>
/// One connection as two channels: what the client sent, read by the test; what HA says, written by the test as
/// HA's own JSON and parsed by the product's <see cref="FrameReader"/>. Closing completes the incoming side, as a
/// closed socket does.
/// </summary>
internal sealed class FakeTransport : IHomeAssistantTransport
{
    private readonly Channel<HassMessage> _incoming = Channel.CreateUnbounded<HassMessage>();
    private readonly Channel<JObject> _sent = Channel.CreateUnbounded<JObject>();

    public ChannelReader<HassMessage> Incoming => _incoming.Reader;

    public string? CloseDescription { get; private set; }

    public bool Disposed { get; private set; }

    /// <summary>Messages HA sent that the client has not taken yet (still "on the socket").</summary>
    public int Waiting => _incoming.Reader.Count;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public bool Send(JObject message) => CloseDescription is null && _sent.Writer.TryWrite(message);

    public bool SendAuth(AuthMessage message) => Send(message.ToJson());

    /// <summary>HA sends one frame (an object, or an array of them).</summary>
    public void Receive(string frame)
    {
        foreach (var message in FrameReader.Read(frame))
        {
            _incoming.Writer.TryWrite(message);
        }
    }

    /// <summary>HA (or the network) closes the connection.</summary>
    public void Close(string description)
    {
        CloseDescription = description;
        _incoming.Writer.TryComplete();
    }

    /// <summary>The next message the client sent.</summary>
    public async Task<JObject> NextSentAsync() => await _sent.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value);

    public ValueTask DisposeAsync()
    {
        Disposed = true;
        Close(CloseDescription ?? "disposed by the client");
        return ValueTask.CompletedTask;
    }
}
