using System.Threading.Channels;
using Gatehouse.HomeAssistant.Json;
using Gatehouse.HomeAssistant.Messages;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Websocket.Client;

namespace Gatehouse.HomeAssistant.Transport;

/// <summary>
/// <see cref="IHomeAssistantTransport"/> over Websocket.Client. Frames are parsed on the socket's receive thread,
/// message by message as the queue takes them; where a frame is not HA's JSON, the rest of it is logged at debug (its
/// size, never its content) and skipped. The queue
/// holds <see cref="QueuedMessages"/>: when the connection stops taking messages (its subscribers are behind, see
/// <see cref="Connection.ReadGate"/>), the receive thread waits, the socket is no longer read, and what HA sends
/// next waits in the kernel's buffers, then in HA (TCP flow control).
/// </summary>
internal sealed class WebSocketTransport : IHomeAssistantTransport
{
    /// <summary>Enough to keep the connection busy between two receives; more would only hold memory.</summary>
    public const int QueuedMessages = 64;

    private readonly IWebsocketClient _socket;
    private readonly ILogger _logger;
    private readonly Channel<HassMessage> _incoming = Channel.CreateBounded<HassMessage>(
        new BoundedChannelOptions(QueuedMessages) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly List<IDisposable> _subscriptions = [];

    public WebSocketTransport(IWebsocketClient socket, ILogger logger)
    {
        _socket = socket;
        _logger = logger;
        _subscriptions.Add(socket.MessageReceived.Subscribe(OnMessage));
        _subscriptions.Add(socket.DisconnectionHappened.Subscribe(OnDisconnection));
    }

    public ChannelReader<HassMessage> Incoming => _incoming.Reader;

    public string? CloseDescription { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken) =>
        _socket.StartOrFail().WaitAsync(cancellationToken);

    public bool Send(JObject message) => Send(CompactJson.Write(message));

    public bool SendAuth(AuthMessage message) => Send(message.ToJson());

    public ValueTask DisposeAsync()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
        // First, so a receive thread waiting for room in the queue is let go before the socket is torn down.
        _incoming.Writer.TryComplete();
        // Dispose aborts: a dead link would not answer a close handshake.
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }

    private bool Send(string text) => _socket.IsRunning && _socket.Send(text);

    private void OnMessage(ResponseMessage message)
    {
        // Text conversion is off (see WebSocketClientFactory), so Websocket.Client hands text frames over as
        // their UTF-8 bytes, typed Binary; HA itself never sends binary frames to a client like this one.
        if (message.Binary is not { } frame)
        {
            Log.SkippedFrame(_logger, 0, "an empty frame");
            return;
        }
        try
        {
            foreach (var parsed in FrameReader.Read(frame))
            {
                if (!Enqueue(parsed))
                {
                    return; // Disposed: the rest of the frame is not parsed for nobody.
                }
            }
        }
        catch (JsonException exception)
        {
            Log.SkippedFrame(_logger, frame.Length, Describe(exception));
        }
    }

    /// <summary>
    /// Waits, on the socket's receive thread, until the queue has room: Websocket.Client reads the next frame only
    /// after this returns. False when the transport is disposed (the queue is completed).
    /// </summary>
    private bool Enqueue(HassMessage message)
    {
        while (!_incoming.Writer.TryWrite(message))
        {
            if (!_incoming.Writer.WaitToWriteAsync().AsTask().GetAwaiter().GetResult())
            {
                return false;
            }
        }
        return true;
    }

    // Positions, never the exception's text: it can quote a value from the frame.
    private static string Describe(JsonException exception) => exception switch
    {
        JsonReaderException reader => $"not JSON (line {reader.LineNumber}, position {reader.LinePosition})",
        JsonSerializationException serialization => $"an unexpected value at '{serialization.Path}'",
        _ => "not a Home Assistant message",
    };

    private void OnDisconnection(DisconnectionInfo info)
    {
        CloseDescription = info.CloseStatus is { } status
            ? $"{info.Type}, {status} {info.CloseStatusDescription}".TrimEnd()
            : info.Exception is { } exception ? $"{info.Type}, {exception.Message}" : info.Type.ToString();
        _incoming.Writer.TryComplete();
    }
}
