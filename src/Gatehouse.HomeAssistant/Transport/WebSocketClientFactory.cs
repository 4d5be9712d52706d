using System.Net.WebSockets;
using Websocket.Client;

namespace Gatehouse.HomeAssistant.Transport;

/// <summary>
/// Websocket.Client set up for one session: its own reconnection is off, because the runner reconnects with
/// backoff and re-authenticates; its no-message timeout is off, because a quiet HA is healthy and our
/// <c>ping</c> heartbeat decides when the link is dead. Frames stay bytes, parsed straight from UTF-8, so a
/// 64 MiB <c>get_states</c> is not also held as a 128 MB string. No logger is passed: it could trace the auth frame.
/// </summary>
internal static class WebSocketClientFactory
{
    /// <summary>Bounds the TCP and websocket handshake; auth has its own timeout.</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

    public static IWebsocketClient Create(Uri uri) =>
        new WebsocketClient(uri, () => new ClientWebSocket { Options = { KeepAliveInterval = TimeSpan.Zero } })
        {
            Name = "home-assistant",
            IsReconnectionEnabled = false,
            ReconnectTimeout = null,
            ErrorReconnectTimeout = null,
            LostReconnectTimeout = null,
            ConnectTimeout = ConnectTimeout,
            IsTextMessageConversionEnabled = false,
        };
}
