using System.Net.WebSockets;
using System.Threading.Channels;
using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Fakes.HomeAssistant;

/// <summary>
/// One client connection, handled as <c>websocket_api/http.py</c> and <c>connection.py</c> do: <c>auth_required</c>,
/// 10 s for the auth message, then commands with id checks; invalid JSON or a binary frame ends the connection;
/// outgoing messages go through one writer that coalesces them into arrays only after the client opted in, and a
/// client that lets too many wait is dropped as HA drops it (<see cref="PendingMessageLimits"/>).
/// </summary>
internal sealed class FakeHomeAssistantSession(FakeHomeAssistant server, WebSocket socket, int number)
{
    private readonly Channel<OutgoingItem> _outgoing = Channel.CreateUnbounded<OutgoingItem>();
    private readonly Lock _lock = new();
    private readonly Dictionary<int, string> _subscriptions = [];
    private readonly PendingMessageLimits _pending = new(server.Generation);
    private int _lastId;

    public int Number { get; } = number;

    public bool CanCoalesce { get; set; }

    public async Task RunAsync(CancellationToken stopping)
    {
        using var overflow = _pending.Exceeded.Register(DropQueueAndClose);
        var writer = WriteAsync(stopping);
        try
        {
            Send(HaWire.AuthRequired(server.HaVersion));
            if (await AuthenticateAsync(stopping))
            {
                await CommandPhaseAsync(stopping);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // Closed by a test or by the client: nothing more to say.
        }
        finally
        {
            _outgoing.Writer.TryComplete();
            await writer;
            await WebSocketText.CloseQuietlyAsync(socket);
            server.SessionEnded(this);
        }
    }

    public void Send(params string[] messages)
    {
        if (_pending.Add(messages.Length))
        {
            _outgoing.Writer.TryWrite(new OutgoingItem(messages));
        }
    }

    public void SendRaw(string frame)
    {
        if (_pending.Add(1))
        {
            _outgoing.Writer.TryWrite(new OutgoingItem([frame], Raw: true));
        }
    }

    public void AddSubscription(int id, string key)
    {
        lock (_lock)
        {
            _subscriptions[id] = key;
        }
    }

    public bool RemoveSubscription(int id)
    {
        lock (_lock)
        {
            return _subscriptions.Remove(id);
        }
    }

    /// <summary>The ids of this connection's subscriptions that <paramref name="matches"/> selects.</summary>
    public int[] SubscriptionsWhere(Func<string, bool> matches)
    {
        lock (_lock)
        {
            return [.. _subscriptions.Where(pair => matches(pair.Value)).Select(pair => pair.Key)];
        }
    }

    /// <summary>Closes from the server side with the close handshake, as when HA restarts.</summary>
    public void Close() => _outgoing.Writer.TryWrite(new OutgoingItem([], Close: true));

    /// <summary>
    /// HA's <c>_cancel()</c> for a client that does not keep up: what waits is dropped, the connection closed (its
    /// handler's <c>finally</c> closes the socket after the writer was cancelled).
    /// </summary>
    private void DropQueueAndClose()
    {
        while (_outgoing.Reader.TryRead(out _))
        {
        }
        server.ClientFellBehind();
        Close();
    }

    public void Abort() => socket.Abort();

    private async Task<bool> AuthenticateAsync(CancellationToken cancellationToken)
    {
        // Not a cancelled receive: cancelling aborts the socket, and HA closes it properly.
        var receive = WebSocketText.ReceiveAsync(socket, cancellationToken);
        if (await Task.WhenAny(receive, Task.Delay(server.AuthTimeout, cancellationToken)) != receive)
        {
            server.AuthTimedOut(); // "Did not receive auth message within 10 seconds"
            Close();
            await receive;
            return false;
        }
        var text = await receive;
        if (text is null || WebSocketText.TryParse(text) is not JObject message)
        {
            return false;
        }
        server.AuthAttempted();
        var token = (string?)message["access_token"];
        if ((string?)message["type"] != "auth" || (token is null == message["api_password"] is null))
        {
            Send(HaWire.AuthInvalid("Auth message incorrectly formatted: expected exactly one of access_token or api_password"));
            return false;
        }
        if (token is null || token != server.AcceptedToken)
        {
            // auth.py: every auth_invalid goes through process_wrong_login.
            server.SimulateFailedLogin("127.0.0.1", "localhost", "/api/websocket", userAgent: null);
            Send(HaWire.AuthInvalid("Invalid access token or password"));
            return false;
        }
        Send(HaWire.AuthOk(server.HaVersion));
        server.Authenticated();
        return true;
    }

    // http.py: every message of an array frame is handled before the writer runs again (one asyncio task),
    // so the replies to one frame leave together, as one array once the client opted in.
    private async Task CommandPhaseAsync(CancellationToken cancellationToken)
    {
        while (await WebSocketText.ReceiveAsync(socket, cancellationToken) is { } text)
        {
            var replies = new List<string>();
            switch (WebSocketText.TryParse(text))
            {
                case JArray messages:
                    foreach (var message in messages)
                    {
                        Handle(message, replies);
                    }
                    break;
                case { } message:
                    Handle(message, replies);
                    break;
                default:
                    return; // "Received invalid JSON.": HA drops the connection.
            }
            if (replies.Count > 0)
            {
                Send([.. replies]);
            }
        }
    }

    // connection.py async_handle: the id checks, then the handler; last_id moves only when a handler ran.
    private void Handle(JToken message, List<string> replies)
    {
        if (message is JObject recorded)
        {
            server.Received(new ReceivedFrame(Number, recorded));
        }
        if (message is not JObject command
            || command["id"] is not { Type: JTokenType.Integer } idToken || (long)idToken == 0
            || command["type"] is not { Type: JTokenType.String } typeToken)
        {
            replies.Add(HaWire.Error((message as JObject)?["id"] ?? JValue.CreateNull(), "invalid_format", "Message incorrectly formatted."));
            return;
        }
        var id = (int)idToken;
        if (id <= _lastId)
        {
            replies.Add(HaWire.Error(id, "id_reuse", "Identifier values have to increase."));
            return;
        }
        var type = (string)typeToken!;
        if (!server.Commands.TryGet(type, out var handler))
        {
            replies.Add(HaWire.Error(id, "unknown_command", "Unknown command."));
            return;
        }
        _lastId = id; // also when the schema or the handler fails
        if (CommandSchemas.Problem(server.Generation, type, command) is { } problem)
        {
            // connection.py async_handle_exception logs it at ERROR, which system_log keeps.
            server.SystemLog.Add("homeassistant.components.websocket_api.http.connection", "ERROR", "components/websocket_api/connection.py", 104,
                $"[{Number}] Error handling message: {problem} (invalid_format) from 127.0.0.1 (Gatehouse)", DateTimeOffset.UtcNow);
            replies.Add(HaWire.Error(id, "invalid_format", problem));
            return;
        }
        var answer = handler(this, id, command);
        if (!server.HoldsReplies(this, type, answer))
        {
            replies.AddRange(answer);
        }
    }

    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        var reader = _outgoing.Reader;
        try
        {
            while (await reader.WaitToReadAsync(cancellationToken))
            {
                await server.WritersOpen.WaitAsync(cancellationToken);
                var pending = new List<string>();
                // http.py _writer: a client that opted into coalescing gets everything queued in one frame; any other
                // gets one message at a time, the rest staying in the queue (and counting against its limits).
                while ((CanCoalesce || pending.Count == 0) && reader.TryRead(out var item))
                {
                    _pending.Taken(item.Messages.Count);
                    if (item.Close)
                    {
                        await FlushAsync(pending, cancellationToken);
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", cancellationToken);
                        return;
                    }
                    if (item.Raw)
                    {
                        await FlushAsync(pending, cancellationToken);
                        await WebSocketText.SendAsync(socket, item.Messages[0], cancellationToken);
                        continue;
                    }
                    pending.AddRange(item.Messages);
                }
                await FlushAsync(pending, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection is going away.
        }
    }

    private async Task FlushAsync(List<string> pending, CancellationToken cancellationToken)
    {
        if (CanCoalesce && pending.Count > 1)
        {
            server.ArrayFrameSent();
            await WebSocketText.SendAsync(socket, "[" + string.Join(",", pending) + "]", cancellationToken);
        }
        else
        {
            foreach (var message in pending)
            {
                await WebSocketText.SendAsync(socket, message, cancellationToken);
            }
        }
        pending.Clear();
    }
}
