using Gatehouse.Mqtt.Broker;
using Gatehouse.Options;
using MQTTnet.Formatter;

namespace Gatehouse.Tests.Mqtt;

public sealed class BrokerSettingsResolverTests
{
    private static readonly MqttServiceInfo Mosquitto = new("core-mosquitto", 1883, Ssl: false, "3.1.1", "addons", "addon-secret");

    [Fact]
    public async Task ResolveAsync_NoOptions_UsesTheSupervisorsService()
    {
        var settings = await Resolve(new GatehouseOptions(), MqttServiceLookup.Found(Mosquitto));

        Assert.Equal(new BrokerSettings("core-mosquitto", 1883, "addons", "addon-secret", false, MqttProtocolVersion.V311, "the Supervisor's MQTT service"), settings);
    }

    [Fact]
    public async Task ResolveAsync_HostOption_WinsAndNeverBorrowsTheAddonsAccount()
    {
        var locator = new Locator(MqttServiceLookup.Found(Mosquitto));
        var resolution = await new BrokerSettingsResolver(new GatehouseOptions { MqttHost = "192.168.1.5", MqttTls = true }, locator).ResolveAsync(CancellationToken.None);

        Assert.Equal(new BrokerSettings("192.168.1.5", BrokerSettings.DefaultTlsPort, null, null, true, MqttProtocolVersion.V311, "option mqtt_host"), resolution.Settings);
        Assert.Equal(0, locator.Calls);
    }

    [Fact]
    public async Task ResolveAsync_EachSetOptionWinsOverItsSupervisorField()
    {
        var options = new GatehouseOptions { MqttPort = 1884, MqttUsername = "me", MqttPassword = "mine", MqttTls = true };

        var settings = await Resolve(options, MqttServiceLookup.Found(Mosquitto with { Protocol = "3.1" }));

        Assert.Equal(new BrokerSettings("core-mosquitto", 1884, "me", "mine", true, MqttProtocolVersion.V310, "the Supervisor's MQTT service"), settings);
    }

    [Fact]
    public async Task ResolveAsync_UsernameOptionWithoutPassword_DoesNotSendTheAddonsPassword()
    {
        var settings = await Resolve(new GatehouseOptions { MqttUsername = "me" }, MqttServiceLookup.Found(Mosquitto));

        Assert.Equal(("me", null), (settings!.Username, settings.Password));
    }

    [Fact]
    public async Task ResolveAsync_NoService_SaysWhyAndWhetherToRetry()
    {
        var resolution = await new BrokerSettingsResolver(new GatehouseOptions(), new Locator(MqttServiceLookup.None("Service not enabled", retry: true)))
            .ResolveAsync(CancellationToken.None);

        Assert.Equal(BrokerResolution.Unresolved("Service not enabled", retry: true), resolution);
    }

    [Fact]
    public void ToString_NeverShowsThePassword()
    {
        var settings = new BrokerSettings("h", 1, "u", "p4ssw0rd-secret", false, MqttProtocolVersion.V311, "test");

        Assert.DoesNotContain("p4ssw0rd-secret", settings.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("addon-secret", Mosquitto.ToString(), StringComparison.Ordinal);
    }

    private static async Task<BrokerSettings?> Resolve(GatehouseOptions options, MqttServiceLookup lookup) =>
        (await new BrokerSettingsResolver(options, new Locator(lookup)).ResolveAsync(CancellationToken.None)).Settings;

    private sealed class Locator(MqttServiceLookup lookup) : IMqttServiceLocator
    {
        public int Calls { get; private set; }

        public Task<MqttServiceLookup> FindAsync(CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult(lookup);
        }
    }
}
