using Gatehouse.Checks;
using Gatehouse.HomeAssistant;
using Gatehouse.Logging;
using Gatehouse.Logins;
using Gatehouse.Mqtt;
using Gatehouse.Options;
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
        builder.Services.AddHostedService<StartupReporter>();
        builder.Services.AddHomeAssistant(configuration);
        builder.Services.AddLoginMonitoring(configuration);
        builder.Services.AddMqttEntities(configuration);
        builder.Services.AddSecurityChecks(configuration);
        return builder.Build();
    }
}
