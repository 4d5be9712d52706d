using Gatehouse.Checks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gatehouse.Acceptance;

/// <summary>Registers the accepted risks: the store the panel changes, read by the checks' report and the watch as <see cref="IAcceptedFindings"/>.</summary>
internal static class AcceptanceServiceCollectionExtensions
{
    public static IServiceCollection AddAcceptedRisks(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AcceptedRisks>();
        services.TryAddSingleton<IAcceptedFindings>(provider => provider.GetRequiredService<AcceptedRisks>());
        return services;
    }
}
