using System.Threading.Channels;
using Gatehouse.HomeAssistant.Messages;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Websocket.Client;

namespace Gatehouse.HomeAssistant.Transport;

/// <summary>
/// <see cref="IHomeAssistantTransport"/> over Websocket.Client. Frames are parsed on the socket's receive thread
/// and queued, so a slow consumer never blocks the socket; a frame that is not HA's JSON is logged at debug
/// (its size, never its content) and skipped.
/// </summary>
internal sealed class WebSocketTransport : IHomeAssistantTransport
{
    private readonly IWebsocketClient _socket;
    private readonly ILogger _logger;
    private readonly Channel<HassMessage> _incoming =
        Channel.CreateUnbounded<HassMessage>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
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

    public bool Send(JObject message) => Send(message.ToString(Formatting.None));

    public bool SendAuth(AuthMessage message) => Send(message.ToJson());

    public ValueTask DisposeAsync()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
        // Dispose aborts: a dead link would not answer a close handshake.
        _socket.Dispose();
        _incoming.Writer.TryComplete();
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
                _incoming.Writer.TryWrite(parsed);
            }
        }
        catch (JsonException exception)
        {
            Log.SkippedFrame(_logger, frame.Length, Describe(exception));
        }
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
