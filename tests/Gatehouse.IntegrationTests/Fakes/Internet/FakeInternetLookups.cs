using System.Collections.Concurrent;
using Gatehouse.IntegrationTests.Fakes.HomeAssistant;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Gatehouse.IntegrationTests.Fakes.Internet;

/// <summary>
/// The public-IP lookup (ipify: the address as plain text) and Shodan InternetDB (<c>GET /{ip}</c>: a JSON record,
/// or 404 <c>{"detail":"No information available"}</c>) on one loopback port, scripted per test.
/// </summary>
internal sealed class FakeInternetLookups : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _requests = new();
    private WebApplication? _app;

    private FakeInternetLookups()
    {
    }

    public Uri BaseUrl { get; private set; } = null!;

    public Uri PublicIpUrl => new(BaseUrl, "ip");

    public Uri InternetDbUrl => new(BaseUrl, "internetdb/");

    public string PublicIp { get; set; } = "203.0.113.7";

    /// <summary>Set to answer the IP lookup with this status instead.</summary>
    public int? PublicIpStatus { get; set; }

    /// <summary>InternetDB's JSON record for <see cref="PublicIp"/>; null answers 404 as InternetDB does.</summary>
    public string? Record { get; set; }

    public IReadOnlyCollection<string> Requests => _requests;

    public static async Task<FakeInternetLookups> StartAsync()
    {
        var fake = new FakeInternetLookups();
        (fake._app, fake.BaseUrl) = await LoopbackWebHost.StartAsync(app => app.Run(fake.HandleAsync));
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _requests.Enqueue(path);
        if (path == "/ip")
        {
            context.Response.StatusCode = PublicIpStatus ?? StatusCodes.Status200OK;
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync(PublicIpStatus is null ? PublicIp : "Internal Server Error");
            return;
        }
        context.Response.ContentType = "application/json";
        if (path == $"/internetdb/{PublicIp}" && Record is { } record)
        {
            await context.Response.WriteAsync(record);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        await context.Response.WriteAsync("""{"detail":"No information available"}""");
    }
}
