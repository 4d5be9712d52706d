using Gatehouse.HomeAssistant.Client;
using Microsoft.Extensions.Hosting;

namespace Gatehouse.HaConnection;

/// <summary>Keeps the HA websocket connected for the life of the host; the client's loop does the work.</summary>
internal sealed class HomeAssistantConnectionService(HomeAssistantClient client) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => client.RunAsync(stoppingToken);
}
