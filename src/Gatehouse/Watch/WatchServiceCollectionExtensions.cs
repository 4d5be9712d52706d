using Gatehouse.Checks;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Watch;

/// <summary>Registers the watch: each check run is kept and compared with the one before.</summary>
internal static class WatchServiceCollectionExtensions
{
    public static IServiceCollection AddWatch(this IServiceCollection services)
    {
        services.AddSingleton<LastReportFile>();
        services.AddSingleton<ConfigFolderChecks>();
        services.AddSingleton<WatchNotifier>();
        services.AddSingleton<ChangeWatch>();
        services.AddSingleton<ICheckReportListener>(sp => sp.GetRequiredService<ChangeWatch>());
        return services;
    }
}
