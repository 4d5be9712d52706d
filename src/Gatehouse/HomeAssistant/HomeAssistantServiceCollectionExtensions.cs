using Gatehouse.HomeAssistant.Supervisor;
using Gatehouse.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gatehouse.HomeAssistant;

/// <summary>Registers the protocol library: the Supervisor REST client and the HA websocket connection.</summary>
internal static class HomeAssistantServiceCollectionExtensions
{
    /// <summary>The Supervisor's answers are small JSON documents and bounded log excerpts.</summary>
    private const long MaxSupervisorResponseBytes = 16 * 1024 * 1024;

    public static IServiceCollection AddHomeAssistant(this IServiceCollection services, GatehouseConfiguration configuration)
    {
        var supervisor = configuration.Environment.Supervisor;
        // Outside the add-on the client still resolves: every call answers NotConfigured, so checks say "unavailable".
        services.AddHttpClient<ISupervisorClient, SupervisorClient>((http, provider) =>
            {
                http.MaxResponseContentBufferSize = MaxSupervisorResponseBytes;
                http.Timeout = Timeout.InfiniteTimeSpan; // each call carries its own timeout
                return new SupervisorClient(http, supervisor, provider.GetRequiredService<TimeProvider>(),
                    provider.GetRequiredService<ILogger<SupervisorClient>>());
            });
        return services;
    }
}
