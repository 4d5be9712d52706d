using Gatehouse.Checks;
using Gatehouse.Options;
using Gatehouse.Watch.Accounts;
using Gatehouse.Watch.Digest;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Watch;

/// <summary>Registers the watch: each check run compared with the one before, and (with a live HA) its account events.</summary>
internal static class WatchServiceCollectionExtensions
{
    public static IServiceCollection AddWatch(this IServiceCollection services, GatehouseConfiguration configuration)
    {
        services.AddSingleton<AnnouncedChanges>();
        services.AddSingleton<LastReportFile>();
        services.AddSingleton<ConfigFolderChecks>();
        services.AddSingleton<WatchNotifier>();
        services.AddSingleton<ChangeWatch>();
        services.AddSingleton<ICheckReportListener>(sp => sp.GetRequiredService<ChangeWatch>());
        if (configuration.Environment.HomeAssistant is not null)
        {
            services.AddSingleton<AccountSource>();
            services.AddHostedService<AccountWatcher>();
            services.AddSingleton<DigestStateFile>();
            services.AddHostedService<DailyDigest>();
        }
        return services;
    }
}
