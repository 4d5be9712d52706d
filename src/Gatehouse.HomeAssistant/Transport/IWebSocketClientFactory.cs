using Websocket.Client;

namespace Gatehouse.HomeAssistant.Transport;

/// <summary>Creates the socket for one connection attempt; the seam tests use to count or break sockets.</summary>
internal interface IWebSocketClientFactory
{
    IWebsocketClient Create(Uri uri);
}
