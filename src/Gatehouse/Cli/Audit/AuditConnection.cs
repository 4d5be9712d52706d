using Gatehouse.HomeAssistant.Client;
using Gatehouse.Options;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Cli.Audit;

/// <summary>
/// Keeps the live HA connected for the length of one audit (the service's hosted loop does this for <c>run</c>).
/// Does nothing when no HA is configured.
/// </summary>
internal sealed class AuditConnection : IAsyncDisposable
{
    /// <summary>How long an audit waits for HA before it gives up with a clear error.</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _stop = new();
    private readonly HomeAssistantClient? _client;
    private readonly Task _loop;

    private AuditConnection(HomeAssistantClient? client)
    {
        _client = client;
        _loop = client?.RunAsync(_stop.Token) ?? Task.CompletedTask;
    }

    public static AuditConnection Start(IServiceProvider services) => new(services.GetService<HomeAssistantClient>());

    /// <summary>Null once HA is connected (or none is configured), else what to tell the user.</summary>
    public async Task<string?> WaitConnectedAsync(GatehouseEnvironment environment, CancellationToken cancellationToken)
    {
        if (_client is null)
        {
            return null;
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ConnectTimeout);
        try
        {
            await foreach (var _ in _client.WatchConnectionsAsync(timeout.Token))
            {
                return null;
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }
        return $"Home Assistant at {environment.HomeAssistant?.WebSocketUri} did not accept a connection within {ConnectTimeout.TotalSeconds:0} s. Check the URL, that HA is running, and the token (a long-lived access token from your HA profile, Security tab); the log lines above say more.";
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        // The loop ends quietly on cancellation.
        await _loop;
        _stop.Dispose();
    }
}
