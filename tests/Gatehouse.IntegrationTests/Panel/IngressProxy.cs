using System.Net;
using System.Net.Sockets;
using Gatehouse.IntegrationTests.Fakes.HomeAssistant;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Gatehouse.IntegrationTests.Panel;

/// <summary>
/// Stands in for the Supervisor's ingress proxy, on loopback: serves the panel under a random
/// <c>/api/hassio_ingress/&lt;token&gt;/</c> prefix, strips it, adds <c>X-Ingress-Path</c> and the
/// <c>X-Remote-User-*</c> headers, and connects to the panel from its own address (<see cref="PeerAddress"/>),
/// so the panel's peer rule can be pointed at it as the add-on's is at 172.30.32.2. On the same origin, as HA does, it
/// also serves HA's frontend around the panel (<see cref="HomeAssistantFrontendStandIn"/>).
/// </summary>
internal sealed class IngressProxy : IAsyncDisposable
{
    /// <summary>Loopback, but not 127.0.0.1: the panel answers the proxy and refuses a test connecting directly.</summary>
    public static readonly IPAddress PeerAddress = IPAddress.Parse("127.0.0.2");

    public const string UserId = "8f1c0c6a2b7e4d0f9a3e5b6c7d8e9f01";
    public const string UserName = "alice";
    public const string UserDisplayName = "Alice";

    private static readonly string[] HopHeaders = ["Host", "Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "X-Ingress-Path", "X-Remote-User-Id", "X-Remote-User-Name", "X-Remote-User-Display-Name"];

    private readonly WebApplication _app;
    private readonly HttpClient _upstream;

    private IngressProxy(WebApplication app, HttpClient upstream, Uri panelUrl)
    {
        _app = app;
        _upstream = upstream;
        PanelUrl = panelUrl;
    }

    /// <summary>The panel as HA's frontend opens it, ending in a slash.</summary>
    public Uri PanelUrl { get; }

    /// <summary>HA's frontend around the panel (<see cref="HomeAssistantFrontendStandIn"/>), at <c>/&lt;slug&gt;</c>.</summary>
    public Uri FrontendUrl { get; private init; } = null!;

    public static async Task<IngressProxy> StartAsync(Uri panel)
    {
        var upstream = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(PeerAddress, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
        }) { BaseAddress = panel };
        var prefix = $"/api/hassio_ingress/{Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())}";
        Uri? panelUrl = null;
        var (app, baseUrl) = await LoopbackWebHost.StartAsync(app =>
        {
            app.Map(prefix + "/{**rest}", context => ForwardAsync(context, upstream, prefix));
            app.MapGet($"/{HomeAssistantFrontendStandIn.Slug}/{{**rest}}", context => HomeAssistantFrontendStandIn.ServeAsync(context, panelUrl!));
        });
        panelUrl = new Uri(baseUrl, prefix + "/");
        return new IngressProxy(app, upstream, panelUrl) { FrontendUrl = new Uri(baseUrl, "/" + HomeAssistantFrontendStandIn.Slug) };
    }

    private static async Task ForwardAsync(HttpContext context, HttpClient upstream, string prefix)
    {
        var path = context.Request.Path.Value![prefix.Length..] + context.Request.QueryString;
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), path.TrimStart('/'));
        if (context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            request.Content = new StreamContent(context.Request.Body);
        }
        foreach (var (name, values) in context.Request.Headers.Where(h => !HopHeaders.Contains(h.Key, StringComparer.OrdinalIgnoreCase)))
        {
            if (!request.Headers.TryAddWithoutValidation(name, values.ToArray()))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, values.ToArray());
            }
        }
        request.Headers.Add("X-Ingress-Path", prefix);
        request.Headers.Add("X-Remote-User-Id", UserId);
        request.Headers.Add("X-Remote-User-Name", UserName);
        request.Headers.Add("X-Remote-User-Display-Name", UserDisplayName);
        using var response = await upstream.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers).Where(h => !HopHeaders.Contains(h.Key, StringComparer.OrdinalIgnoreCase)))
        {
            context.Response.Headers[name] = values.ToArray();
        }
        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _upstream.Dispose();
    }
}
