using Gatehouse.Logins.Alerting;
using Gatehouse.Logins.Enrichment;
using Gatehouse.Logins.Notices;
using Gatehouse.Logins.Pipeline;
using Gatehouse.Logins.Recording;
using Gatehouse.Logins.Watching;
using Gatehouse.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Logins;

/// <summary>
/// Registers the attempt log (always: the entities and checks read its figures) and, when HA is configured, the login
/// pipeline and its notify channel; without HA, <see cref="NoNotifyChannel"/> (the watch's alerts go nowhere then).
/// </summary>
internal static class LoginServiceCollectionExtensions
{
    public static IServiceCollection AddLoginMonitoring(this IServiceCollection services, GatehouseConfiguration configuration)
    {
        services.AddSingleton(AttemptLogLimits.Default);
        services.AddSingleton<KnownNetworks>();
        services.AddSingleton<IpBansFile>();
        services.AddSingleton(provider =>
        {
            var log = new AttemptLog(
                provider.GetRequiredService<GatehouseEnvironment>(),
                provider.GetRequiredService<AttemptLogLimits>(),
                provider.GetRequiredService<IpBansFile>(),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<AttemptLog>>());
            log.Load();
            return log;
        });
        services.AddSingleton<ILoginFiguresSource>(provider => provider.GetRequiredService<AttemptLog>());
        // UTC until a live HA tells its own.
        services.AddSingleton<InstanceTimeZone>();

        if (configuration.Environment.HomeAssistant is null)
        {
            services.AddSingleton<INotifyChannel, NoNotifyChannel>();
            return services;
        }
        services.AddSingleton<AlertComposer>();
        services.AddSingleton(_ => new AlertCooldown(configuration.Options.AlertCooldown));
        services.AddSingleton<SendBudget>();
        services.AddSingleton<AlertDigest>();
        services.AddSingleton<KnownNetworkQuiet>();
        services.AddSingleton<ShownNotices>();
        services.AddSingleton<PanelPath>();
        services.AddSingleton<HomeAssistantNotifyChannel>();
        services.AddSingleton<INotifyChannel>(provider => provider.GetRequiredService<HomeAssistantNotifyChannel>());
        services.AddSingleton<INoticeDismisser, HomeAssistantNoticeDismisser>();
        // Tried in this order: HA's own system log first, the Supervisor's copy of Core's log second.
        services.AddSingleton<ILoginLogSource, SystemLogSource>();
        services.AddSingleton<ILoginLogSource, SupervisorCoreLogSource>();
        services.AddSingleton<AttemptEnricher>();
        services.AddSingleton<AlertDelivery>();
        services.AddSingleton<LoginPipeline>();
        services.AddSingleton<NoticeWatcher>();
        services.AddHostedService<LoginMonitor>();
        return services;
    }
}
