using Gatehouse.HomeAssistant.Client;
using Gatehouse.HomeAssistant.Compatibility;
using Gatehouse.HomeAssistant.Supervisor;
using Gatehouse.Mqtt.States;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Mqtt.Discovery;

/// <summary>
/// Writes the discovery configs in the dialect of the connected Home Assistant: at start from the Supervisor's
/// record of Core's version (in the add-on, so the entities appear even while the websocket is refused), then on
/// every connection whose release differs (HA was upgraded while Gatehouse ran).
/// </summary>
internal sealed class DiscoveryDialectFollower(
    IHomeAssistantClient client,
    ISupervisorClient supervisor,
    DiscoveryDialectSource source,
    EntityStatePublisher publisher,
    ILogger<DiscoveryDialectFollower> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (await supervisor.GetCoreInfoAsync(stoppingToken) is { IsOk: true, Data.Version: { } version })
        {
            Follow(version, HaRelease.Parse(version));
        }
        await foreach (var connected in client.WatchConnectionsAsync(stoppingToken))
        {
            Follow(connected.HaVersion, connected.Release);
        }
    }

    private void Follow(string version, HaRelease? release)
    {
        var dialect = new DiscoveryDialect(release);
        if (!source.Set(dialect))
        {
            return;
        }
        if (!dialect.HasEventPlatform)
        {
            Log.NoEventPlatform(logger, version, DiscoveryDialect.EventPlatformRelease.ToString());
        }
        publisher.AnnounceAll();
    }
}
