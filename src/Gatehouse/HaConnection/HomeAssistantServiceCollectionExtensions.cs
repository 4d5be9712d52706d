using Gatehouse.HomeAssistant.Client;
using Gatehouse.HomeAssistant.Supervisor;
using Gatehouse.HomeAssistant.Transport;
using Gatehouse.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gatehouse.HaConnection;

/// <summary>Registers the protocol library: the Supervisor REST client and, when HA is configured, the websocket client.</summary>
internal static class HomeAssistantServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="ISupervisorClient"/> always resolves (outside the add-on every call answers NotConfigured).
    /// <see cref="IHomeAssistantClient"/> is registered, and connects, only when an HA endpoint is configured
    /// (SUPERVISOR_TOKEN, or HA_URL + HA_TOKEN): features that need it check <c>GatehouseEnvironment.HomeAssistant</c>.
    /// </summary>
    public static IServiceCollection AddHomeAssistant(this IServiceCollection services, GatehouseConfiguration configuration)
    {
        var supervisor = configuration.Environment.Supervisor;
        services.AddHttpClient<ISupervisorClient, SupervisorClient>((http, provider) =>
        {
            http.Timeout = Timeout.InfiniteTimeSpan; // each call carries its own timeout
            return new SupervisorClient(http, supervisor, provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<SupervisorClient>>());
        });
        if (configuration.Environment.HomeAssistant is { } endpoint)
        {
            services.AddSingleton(new HomeAssistantClientOptions(endpoint));
            services.AddSingleton<IHomeAssistantTransportFactory, WebSocketTransportFactory>();
            services.AddSingleton<HomeAssistantClient>();
            services.AddSingleton<IHomeAssistantClient>(provider => provider.GetRequiredService<HomeAssistantClient>());
            services.AddHostedService<HomeAssistantConnectionService>();
        }
        return services;
    }
}
