using Gatehouse.IntegrationTests.Infrastructure;

namespace Gatehouse.IntegrationTests.Mqtt;

/// <summary>The real Gatehouse binary's availability topic when it is killed hard and when it stops cleanly.</summary>
public sealed class MqttAvailabilityTests : IAsyncLifetime
{
    private const string Availability = "gatehouse/availability";
    private MosquittoBroker _broker = null!;
    private string _directory = null!;

    public async Task InitializeAsync()
    {
        _broker = await MosquittoBroker.StartNewAsync();
        _directory = Directory.CreateTempSubdirectory("gatehouse-mqtt-").FullName;
    }

    public async Task DisposeAsync()
    {
        await _broker.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task KilledHard_BrokerMarksGatehouseOfflineFromTheRetainedLastWill()
    {
        await using var gatehouse = await GatehouseWithBroker.StartAsync(_broker, _directory);
        await using var ha = await MqttProbe.ConnectAsync(_broker, Availability);
        await ha.WaitForAsync(Availability, m => m.Payload == "online");

        await gatehouse.KillAsync();

        await ha.WaitForAsync(Availability, m => m.Payload == "offline");
        await using var later = await MqttProbe.ConnectAsync(_broker, Availability);
        Assert.Equal(new ReceivedMessage(Availability, "offline", Retained: true), await later.WaitForAsync(Availability));
    }

    [Fact]
    public async Task Sigterm_PublishesOfflineBeforeDisconnecting()
    {
        await using var gatehouse = await GatehouseWithBroker.StartAsync(_broker, _directory);
        await using var ha = await MqttProbe.ConnectAsync(_broker, Availability, Samples.AllConfigs);
        await ha.WaitForAsync(Availability, m => m.Payload == "online");
        // The binary's own wiring (GatehouseHost) announces the entities.
        var button = Samples.Json((await ha.WaitForAsync("homeassistant/button/gatehouse/run_checks/config")).Payload);
        Assert.Empty(HaDiscoverySchema.Validate(HaDiscoverySchema.Newest, Samples.Prefix, "homeassistant/button/gatehouse/run_checks/config", button));
        var mfa = Samples.Json((await ha.WaitForAsync("homeassistant/binary_sensor/gatehouse/check_mfa/config")).Payload);
        Assert.Equal("problem", (string?)mfa["device_class"]);

        var exitCode = await gatehouse.StopAsync(TestSettings.Timeout);

        Assert.Equal(0, exitCode);
        // A clean DISCONNECT never fires the will: this offline is Gatehouse's own, published before it left.
        Assert.Contains(gatehouse.Output, l => l.Contains("Published 'offline'", StringComparison.Ordinal));
        await ha.WaitForAsync(Availability, m => m.Payload == "offline");
        await using var later = await MqttProbe.ConnectAsync(_broker, Availability);
        Assert.Equal(new ReceivedMessage(Availability, "offline", Retained: true), await later.WaitForAsync(Availability));
    }
}
