using System.Net.WebSockets;
using Gatehouse.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Fakes.HomeAssistant;

/// <summary>A bare websocket to a fake, to check the fake itself frame by frame.</summary>
internal sealed class RawHaSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _timeout = new(TestSettings.Timeout);

    public static async Task<RawHaSocket> ConnectAsync(Uri uri, string? token = null)
    {
        var raw = new RawHaSocket();
        await raw._socket.ConnectAsync(uri, raw._timeout.Token);
        if (token is not null)
        {
            await raw.ReceiveAsync();
            await raw.SendAsync($$"""{"type": "auth", "access_token": "{{token}}"}""");
            await raw.ReceiveAsync();
        }
        return raw;
    }

    public Task SendAsync(string text) => WebSocketText.SendAsync(_socket, text, _timeout.Token);

    /// <summary>The next frame as text; null once the server closed.</summary>
    public Task<string?> ReceiveAsync() => WebSocketText.ReceiveAsync(_socket, _timeout.Token, int.MaxValue);

    /// <summary>The next frame as JSON, dates left as the text HA wrote.</summary>
    public async Task<JToken> ReceiveJsonAsync()
    {
        var text = await ReceiveAsync() ?? throw new InvalidOperationException("The fake closed the connection.");
        return WebSocketText.TryParse(text) ?? throw new InvalidOperationException($"Not JSON: {text}");
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Abort();
        _socket.Dispose();
        _timeout.Dispose();
        await Task.CompletedTask;
    }
}
