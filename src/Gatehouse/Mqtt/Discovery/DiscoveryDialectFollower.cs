using Gatehouse.HomeAssistant.Client;
using Gatehouse.Mqtt.States;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Mqtt.Discovery;

/// <summary>
/// Writes the discovery configs in the dialect of the connected Home Assistant: on its first connection and again
/// whenever a reconnect finds another release (HA was upgraded while Gatehouse ran).
/// </summary>
internal sealed class DiscoveryDialectFollower(
    IHomeAssistantClient client,
    DiscoveryDialectSource source,
    EntityStatePublisher publisher,
    ILogger<DiscoveryDialectFollower> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var connected in client.WatchConnectionsAsync(stoppingToken))
        {
            var dialect = new DiscoveryDialect(connected.Release);
            if (!source.Set(dialect))
            {
                continue;
            }
            if (!dialect.HasEventPlatform)
            {
                Log.NoEventPlatform(logger, connected.HaVersion, DiscoveryDialect.EventPlatformRelease.ToString());
            }
            publisher.AnnounceAll();
        }
    }
}
