using System.Net.WebSockets;
using Gatehouse.IntegrationTests.Fakes.HomeAssistant;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Fakes.Supervisor;

/// <summary>
/// The Supervisor's websocket proxy to Core (<c>supervisor/api/proxy.py</c> <c>websocket()</c>): its own auth
/// handshake with the add-on's token (access_token or api_password; refused unless <c>homeassistant_api</c>), then
/// its own login to Core, then frames relayed both ways, except <c>supervisor/*</c> and <c>hassio/*</c> commands.
/// </summary>
internal sealed partial class FakeSupervisor
{
    private const int MaxMessageFromCore = 64 * 1024 * 1024;
    private static readonly string[] DeniedTypePrefixes = ["supervisor/", "hassio/"];

    /// <summary>The Core behind <c>/core/websocket</c>.</summary>
    public FakeHomeAssistant? HomeAssistant { get; set; }

    /// <summary>The add-on's <c>homeassistant_api</c>.</summary>
    public bool HomeAssistantApi { get; set; } = true;

    private async Task ProxyWebSocketAsync(HttpContext context)
    {
        if (HomeAssistant is not { } core || !context.WebSockets.IsWebSocketRequest)
        {
            await WritePlainAsync(context, StatusCodes.Status502BadGateway, "Bad Gateway");
            return;
        }
        using var addon = await context.WebSockets.AcceptWebSocketAsync();
        var aborted = context.RequestAborted;
        await WebSocketText.SendAsync(addon, HaWire.AuthRequired(core.HaVersion), aborted);
        using var authTimeout = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        authTimeout.CancelAfter(TimeSpan.FromSeconds(10));
        var auth = WebSocketText.TryParse(await WebSocketText.ReceiveAsync(addon, authTimeout.Token)) as JObject;
        var token = (string?)auth?["api_password"] ?? (string?)auth?["access_token"];
        if (token != AddonToken || !HomeAssistantApi)
        {
            await WebSocketText.SendAsync(addon, HaWire.AuthInvalid("Invalid access"), aborted);
            await addon.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", aborted);
            return;
        }
        await WebSocketText.SendAsync(addon, HaWire.AuthOk(core.HaVersion), aborted);
        using var coreSocket = new ClientWebSocket();
        await coreSocket.ConnectAsync(core.WebSocketUrl, aborted);
        await WebSocketText.ReceiveAsync(coreSocket, aborted, MaxMessageFromCore);
        await WebSocketText.SendAsync(coreSocket,
            new JObject { ["type"] = "auth", ["access_token"] = FakeHomeAssistant.Token }.ToString(Formatting.None), aborted);
        await WebSocketText.ReceiveAsync(coreSocket, aborted, MaxMessageFromCore);
        await Task.WhenAny(RelayAsync(coreSocket, addon, addon, aborted), RelayAsync(addon, coreSocket, addon, aborted));
        await WebSocketText.CloseQuietlyAsync(addon);
        await WebSocketText.CloseQuietlyAsync(coreSocket);
    }

    private static async Task RelayAsync(WebSocket from, WebSocket to, WebSocket addon, CancellationToken cancellationToken)
    {
        try
        {
            while (await WebSocketText.ReceiveAsync(from, cancellationToken, MaxMessageFromCore) is { } text)
            {
                if (from == addon && WebSocketText.TryParse(text) is JObject message && IsDenied((string?)message["type"]))
                {
                    await WebSocketText.SendAsync(addon, HaWire.Error(message["id"], "unauthorized", "Unauthorized"), cancellationToken);
                    continue;
                }
                await WebSocketText.SendAsync(to, text, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // One side went away; the other is closed by the caller.
        }
    }

    private static bool IsDenied(string? type) =>
        type is not null && DeniedTypePrefixes.Any(prefix => type.StartsWith(prefix, StringComparison.Ordinal));
}
