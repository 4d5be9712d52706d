using Gatehouse.HomeAssistant.Transport;

namespace Gatehouse.Tests.HomeAssistant.Transport;

public sealed class WebSocketClientFactoryTests
{
    [Fact]
    public void Create_AnyUri_OwnReconnectionAndNoMessageTimeoutOff()
    {
        using var socket = WebSocketClientFactory.Create(new Uri("ws://127.0.0.1:1/api/websocket"));

        Assert.False(socket.IsReconnectionEnabled);
        Assert.Null(socket.ReconnectTimeout);
        Assert.Null(socket.ErrorReconnectTimeout);
        Assert.Equal(WebSocketClientFactory.ConnectTimeout, socket.ConnectTimeout);
        Assert.False(socket.IsTextMessageConversionEnabled);
    }
}
