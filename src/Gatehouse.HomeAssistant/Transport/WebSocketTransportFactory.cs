using Microsoft.Extensions.Logging;

namespace Gatehouse.HomeAssistant.Transport;

/// <summary>A <see cref="WebSocketTransport"/> over a socket set up by <see cref="WebSocketClientFactory"/>.</summary>
internal sealed class WebSocketTransportFactory(ILogger<WebSocketTransport> logger) : IHomeAssistantTransportFactory
{
    public IHomeAssistantTransport Create(Uri uri) => new WebSocketTransport(WebSocketClientFactory.Create(uri), logger);
}
