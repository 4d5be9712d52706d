using Gatehouse.HomeAssistant.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Checks.Audit;

/// <summary>
/// Keeps the live HA connected for the length of one audit (the service's hosted loop does this for <c>run</c>).
/// Does nothing when no HA is configured.
/// </summary>
internal sealed class AuditConnection : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private AuditConnection(HomeAssistantClient? client)
    {
        _loop = client?.RunAsync(_stop.Token) ?? Task.CompletedTask;
    }

    public static AuditConnection Start(IServiceProvider services) => new(services.GetService<HomeAssistantClient>());

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        // The loop ends quietly on cancellation.
        await _loop;
        _stop.Dispose();
    }
}
