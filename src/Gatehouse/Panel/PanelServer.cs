using System.Net;
using Gatehouse.Options;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Panel;

/// <summary>
/// The panel's web server: Kestrel with minimal APIs, inside Gatehouse's host. Built with
/// <c>WebApplication.CreateEmptyBuilder</c> rather than <c>CreateSlimBuilder</c>: the slim builder also reads
/// ASPNETCORE_* variables and an appsettings.json beside the binary, watching it for changes, while Gatehouse takes
/// its settings only from the options file and the documented variables (as <see cref="Hosting.GatehouseHost"/>
/// does). A port already taken costs the panel, not the alerts: Gatehouse logs it and goes on.
/// </summary>
internal sealed class PanelServer(GatehouseEnvironment environment, PanelEndpoints endpoints, ILoggerFactory loggers, ILogger<PanelServer> logger)
    : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>Where it listens once started (the port chosen when GATEHOUSE_PANEL asked for port 0); null when off.</summary>
    public string? Address { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (environment.PanelListen is not { } listen)
        {
            Log.Off(logger);
            return;
        }
        var peers = new PeerRule(environment.PanelPeers, logger);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "Gatehouse" });
        // Its log lines go where Gatehouse's go, at the owner's log_level; its lifetime is Gatehouse's (no signal handlers of its own).
        builder.Services.Replace(ServiceDescriptor.Singleton(loggers));
        builder.Services.Replace(ServiceDescriptor.Singleton<IHostLifetime, EmbeddedLifetime>());
        builder.Services.AddRoutingCore();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options => Limit(options, listen));
        var app = builder.Build();
        app.Use(peers.InvokeAsync);
        app.Use(SecurityHeaders.InvokeAsync);
        endpoints.Map(app);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException exception)
        {
            Log.ListenFailed(logger, listen, exception.Message);
            await app.DisposeAsync();
            return;
        }
        _app = app;
        Address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? listen.ToString();
        Log.Listening(logger, Address.Replace("http://", "", StringComparison.Ordinal), string.Join(", ", environment.PanelPeers));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>
    /// Plain HTTP/1.1 (ingress speaks it), and bounds on everything a peer sends: the page's requests are small,
    /// and one owner opens the panel at a time.
    /// </summary>
    private static void Limit(KestrelServerOptions options, IPEndPoint listen)
    {
        options.AddServerHeader = false;
        options.Limits.MaxConcurrentConnections = 32;
        options.Limits.MaxRequestBodySize = 16 * 1024;
        options.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        options.Limits.MaxRequestHeaderCount = 64;
        options.Limits.MaxRequestLineSize = 4 * 1024;
        options.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(30);
        options.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
        options.Listen(listen, endpoint => endpoint.Protocols = HttpProtocols.Http1);
    }

    /// <summary>The web server starts and stops with Gatehouse's host, which owns the process's signals.</summary>
    private sealed class EmbeddedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
