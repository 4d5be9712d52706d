using Gatehouse.HomeAssistant.Supervisor;
using Gatehouse.IntegrationTests.Fakes.Supervisor;
using Gatehouse.IntegrationTests.Infrastructure;
using Gatehouse.Logging;
using Gatehouse.Options;

namespace Gatehouse.IntegrationTests.Mqtt;

/// <summary>The broker from the (fake) Supervisor's <c>/services/mqtt</c>, connected to a real mosquitto with the add-on's account.</summary>
public sealed class BrokerFromSupervisorTests
{
    private const int Connected = EventIds.Mqtt + 1;
    private const int NoBroker = EventIds.Mqtt + 9;

    [Fact]
    public async Task NoMqttOptions_ConnectsToTheSupervisorsBrokerWithItsAccount()
    {
        await using var broker = await MosquittoBroker.StartNewAsync(new MosquittoOptions { Account = ("addons", "Ieth4ooghah6eiRu") });
        await using var supervisor = await FakeSupervisor.StartAsync();
        // The Supervisor's code sends the port as an int; its docs show a string: Gatehouse reads both.
        supervisor.SetData("/services/mqtt", $$"""{"addon": "core_mosquitto", "host": "127.0.0.1", "port": "{{broker.Port}}", "ssl": false, "protocol": "3.1.1", "username": "addons", "password": "Ieth4ooghah6eiRu"}""");
        supervisor.SetData("/addons/self/info", """{"name": "Gatehouse", "slug": "4f2a9c1e_gatehouse", "version": "0.1.0"}""");

        await using var host = await MqttEntitiesHost.StartAsync(new GatehouseOptions(), supervisor: Endpoint(supervisor));

        var connected = await host.WaitForLogAsync(r => r.Id.Id == Connected, "connected");
        Assert.Contains($"127.0.0.1:{broker.Port}", connected.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.GetSnapshot(), r => r.Message.Contains("Ieth4ooghah6eiRu", StringComparison.Ordinal));
        // As an add-on, the device page links to the add-on's page in HA.
        await using var ha = await MqttProbe.ConnectAsync(broker, "homeassistant/button/gatehouse/run_checks/config");
        var config = Samples.Json((await ha.WaitForAsync("homeassistant/button/gatehouse/run_checks/config")).Payload);
        Assert.Equal("homeassistant://hassio/addon/4f2a9c1e_gatehouse", (string?)config["device"]!["configuration_url"]);
    }

    [Fact]
    public async Task MosquittoNotInstalledYet_SaysSoOnce_AndConnectsOnceItIs()
    {
        await using var broker = await MosquittoBroker.StartNewAsync();
        await using var supervisor = await FakeSupervisor.StartAsync();
        supervisor.MqttServiceProvided = false;
        supervisor.SetData("/services/mqtt", $$"""{"addon": "core_mosquitto", "host": "127.0.0.1", "port": {{broker.Port}}, "ssl": false, "protocol": "3.1.1", "username": "addons", "password": "x"}""");

        await using var host = await MqttEntitiesHost.StartAsync(new GatehouseOptions(), supervisor: Endpoint(supervisor));
        var noBroker = await host.WaitForLogAsync(r => r.Id.Id == NoBroker, "the no-broker warning");
        supervisor.MqttServiceProvided = true;

        await host.WaitForLogAsync(r => r.Id.Id == Connected, "connected once the service exists");
        Assert.Contains("Mosquitto broker add-on", noBroker.Message, StringComparison.Ordinal);
        Assert.Single(host.Logs.GetSnapshot(), r => r.Id.Id == NoBroker);
    }

    [Fact]
    public async Task AddonWithoutMqttServicePermission_SaysWhatConfigYamlNeeds()
    {
        await using var supervisor = await FakeSupervisor.StartAsync();
        supervisor.MqttServiceAccess = false;

        await using var host = await MqttEntitiesHost.StartAsync(new GatehouseOptions(), supervisor: Endpoint(supervisor));

        var noBroker = await host.WaitForLogAsync(r => r.Id.Id == NoBroker, "the no-broker warning");
        Assert.Contains("services: mqtt:need", noBroker.Message, StringComparison.Ordinal);
    }

    private static SupervisorEndpoint Endpoint(FakeSupervisor supervisor) => new(supervisor.BaseUrl, FakeSupervisor.AddonToken);
}
