using Gatehouse.Checks;
using Gatehouse.Logins;
using Gatehouse.Mqtt.Broker;
using Gatehouse.Mqtt.Connection;
using Gatehouse.Mqtt.Discovery;
using Gatehouse.Mqtt.States;
using Gatehouse.Options;
using Gatehouse.Watch;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Mqtt;

/// <summary>Registers Gatehouse's MQTT entities: the connection, discovery, states and the button.</summary>
internal static class MqttServiceCollectionExtensions
{
    public static IServiceCollection AddMqttEntities(this IServiceCollection services, GatehouseConfiguration configuration)
    {
        services.AddSingleton(new GatehouseTopics(configuration.Options.DiscoveryPrefix));
        services.AddSingleton(new MqttAvailability(GatehouseTopics.Availability));
        services.AddSingleton(new MqttConnectionTimings());
        services.AddSingleton(new OutboundQueue(LoginStates.Folded));
        services.AddSingleton<BrokerSettingsResolver>();

        services.AddSingleton(provider =>
        {
            // The checks are scoped (one config snapshot per run): read their ids and titles in a scope of our own.
            using var scope = provider.CreateScope();
            return new EntityCatalog(provider.GetRequiredService<GatehouseTopics>(), scope.ServiceProvider.GetServices<ISecurityCheck>());
        });
        services.AddSingleton<DeviceLink>();
        services.AddSingleton(new DiscoveryDialectSource(homeAssistantConfigured: configuration.Environment.HomeAssistant is not null));
        if (configuration.Environment.HomeAssistant is not null)
        {
            services.AddHostedService<DiscoveryDialectFollower>();
        }
        services.AddSingleton<EntityStatePublisher>();
        services.AddSingleton<ILoginActivityListener>(sp => sp.GetRequiredService<EntityStatePublisher>());
        services.AddSingleton<ICheckReportListener>(sp => sp.GetRequiredService<EntityStatePublisher>());
        services.AddSingleton<ISecurityChangeListener>(sp => sp.GetRequiredService<EntityStatePublisher>());
        services.AddSingleton<StaleConfigSweep>();
        services.AddHostedService<LoginFiguresRefresh>();

        services.AddSingleton<RunChecksButton>();
        services.AddHostedService(sp => sp.GetRequiredService<RunChecksButton>());
        services.AddSingleton<GatehouseMqttSession>();
        services.AddSingleton<AssuredMqttConnection>();
        services.AddHostedService(sp => sp.GetRequiredService<AssuredMqttConnection>());
        return services;
    }
}
