using Gatehouse.Checks;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Panel;

/// <summary>Registers the panel: its web server, and the last report it shows (told of each check run).</summary>
internal static class PanelServiceCollectionExtensions
{
    public static IServiceCollection AddPanel(this IServiceCollection services)
    {
        services.AddSingleton<LatestReport>();
        services.AddSingleton<ICheckReportListener>(provider => provider.GetRequiredService<LatestReport>());
        services.AddSingleton<PanelEndpoints>();
        services.AddSingleton<PanelServer>();
        services.AddHostedService(provider => provider.GetRequiredService<PanelServer>());
        return services;
    }
}
