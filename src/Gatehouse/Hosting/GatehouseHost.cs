using Gatehouse.Acceptance;
using Gatehouse.Checks;
using Gatehouse.HaConnection;
using Gatehouse.Logging;
using Gatehouse.Logins;
using Gatehouse.Mqtt;
using Gatehouse.Options;
using Gatehouse.Panel;
using Gatehouse.Scheduling;
using Gatehouse.Watch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gatehouse.Hosting;

/// <summary>Builds the long-running service: one generic host, each feature registering itself.</summary>
internal static class GatehouseHost
{
    /// <summary>SIGTERM from the Supervisor must end the process well inside its 10 s grace period.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(4);

    public static IHost Build(GatehouseConfiguration configuration)
    {
        // No default sources: settings come only from the options file and the documented variables.
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddGatehouseConsole(configuration.Options.LogLevel);
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = ShutdownTimeout);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(configuration);
        builder.Services.AddSingleton(configuration.Options);
        builder.Services.AddSingleton(configuration.Environment);
        // The host stops its services one by one in the reverse of this order, within one budget: first the login
        // pipeline drains (its alerts come back and are marked, while HA and the broker are still there), then the
        // MQTT side publishes 'offline', then Quartz ends a check run, and the HA connection goes last.
        builder.Services.AddHostedService<StartupReporter>();
        builder.Services.AddHomeAssistant(configuration);
        builder.Services.AddAcceptedRisks();
        builder.Services.AddCheckEngine(configuration);
        // Shortly after start, then every check_interval_minutes, and on demand.
        builder.Services.AddCheckScheduling(configuration.Options);
        builder.Services.AddWatch(configuration);
        builder.Services.AddMqttEntities(configuration);
        builder.Services.AddLoginMonitoring(configuration);
        builder.Services.AddPanel();
        return builder.Build();
    }

    /// <summary>
    /// Runs the host until it stops, and returns the exit code: non-zero, with the part named on
    /// <paramref name="error"/>, when a part failed and so stopped the host, so the Supervisor's watchdog restarts it.
    /// </summary>
    public static async Task<int> RunAsync(IHost host, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            // Not RunAsync: it disposes the host, and the parts are looked at after the stop.
            await host.StartAsync(cancellationToken);
            await host.WaitForShutdownAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await error.WriteLineAsync(FailedMessage("Gatehouse", exception));
            return ExitCodes.PartFailed;
        }
        var failed = host.Services.GetServices<IHostedService>()
            .OfType<BackgroundService>()
            .FirstOrDefault(s => s.ExecuteTask is { IsFaulted: true });
        if (failed is null)
        {
            return ExitCodes.Success;
        }
        await error.WriteLineAsync(FailedMessage(failed.GetType().Name, failed.ExecuteTask!.Exception!.GetBaseException()));
        return ExitCodes.PartFailed;
    }

    private static string FailedMessage(string part, Exception exception) =>
        $"Gatehouse stopped because a part of it failed: {part} ({exception.GetType().Name}: {exception.Message}). " +
        "The Supervisor's watchdog starts it again; if this repeats, please report it with the log lines above.";
}
