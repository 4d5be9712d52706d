using Gatehouse.Options;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Hosting;

/// <summary>Says in the log what Gatehouse runs with (secrets masked), and that it stopped.</summary>
internal sealed class StartupReporter(GatehouseConfiguration configuration, ILogger<StartupReporter> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Log.Starting(logger, GatehouseVersion.Current, ConfigurationSummary.Describe(configuration));
        if (configuration.Environment.HomeAssistant is null)
        {
            Log.NoHomeAssistant(logger);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Log.Stopped(logger);
        return Task.CompletedTask;
    }
}
