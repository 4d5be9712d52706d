using Gatehouse.Logins;
using Gatehouse.Mqtt.Connection;
using Gatehouse.Mqtt.Discovery;
using Gatehouse.Mqtt.States;
using Gatehouse.Tests.Checks;

namespace Gatehouse.Tests.Mqtt;

/// <summary>An entity state publisher with no checks, outside the add-on, queueing to the test's queue.</summary>
internal static class TestPublishers
{
    public static EntityStatePublisher Create(OutboundQueue queue, ILoginFiguresSource figures) =>
        new(new EntityCatalog(new GatehouseTopics("homeassistant"), []), new DeviceLink(TestEnvironment.NoSupervisor()),
            new DiscoveryDialectSource(homeAssistantConfigured: false), queue, figures);
}
