using Gatehouse.IntegrationTests.Fakes.Supervisor;
using Gatehouse.IntegrationTests.Infrastructure;
using Gatehouse.IntegrationTests.Mqtt;
using Xunit.Abstractions;

namespace Gatehouse.IntegrationTests.Container;

/// <summary>
/// The add-on image, started as the Supervisor starts it, against the fake Supervisor and HA and a real mosquitto:
/// s6-overlay starts Gatehouse, it connects and announces its entities; a stop is clean and a crash ends the
/// container with a failure. Run by addon/container-smoke.sh, which builds the image.
/// </summary>
public sealed class ContainerSmokeTests(ITestOutputHelper output) : SupervisedHomeAssistantTests
{
    /// <summary>Docker's stop timeout, which the Supervisor uses unless config.yaml sets another.</summary>
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Image start, s6-overlay's boot and the first connections, on a busy 2-core machine.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly string _data = Directory.CreateTempSubdirectory("gatehouse-container-").FullName;
    private MosquittoBroker _broker = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _broker = await MosquittoBroker.StartNewAsync();
        Ha.Services.Add("notify", "phone");
    }

    public override async Task DisposeAsync()
    {
        await _broker.DisposeAsync();
        await base.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [ContainerFact]
    public async Task Container_StartsConnectsAnnounces_AndStopsCleanlyWithinDockersTimeout()
    {
        await using var probe = await MqttProbe.ConnectAsync(_broker, Samples.AllConfigs, "gatehouse/availability");
        await using var container = Start();

        output.WriteLine(await container.Run.WaitForLineAsync("Connected to Home Assistant", StartTimeout));
        await probe.WaitUntilAsync(m => Samples.HasAllConfigs(m), "every discovery config from the container");
        output.WriteLine($"{probe.Received.Count(m => m.Topic.EndsWith("/config", StringComparison.Ordinal))} discovery configs, availability online");
        await probe.WaitForAsync("gatehouse/availability", m => m.Payload == "online");
        probe.Clear();
        var took = await container.StopAsync();
        var exitCode = await container.Run.WaitForExitAsync(TestSettings.Timeout);

        output.WriteLine($"podman stop: {took.TotalSeconds:F1} s, exit code {exitCode}");
        Assert.Equal(0, exitCode);
        Assert.True(took < StopTimeout, $"podman stop took {took.TotalSeconds:F1} s:\n{string.Join('\n', container.Run.Output.TakeLast(12))}");
        await probe.WaitForAsync("gatehouse/availability", m => m.Payload == "offline");
    }

    [ContainerFact]
    public async Task Container_WhenGatehouseIsKilled_ExitsWithAFailureTheWatchdogSees()
    {
        await using var probe = await MqttProbe.ConnectAsync(_broker, "gatehouse/availability");
        await using var container = Start();
        await container.Run.WaitForLineAsync("Connected to Home Assistant", StartTimeout);
        await probe.WaitForAsync("gatehouse/availability", m => m.Payload == "online");
        probe.Clear();

        // SIGKILL: no clean shutdown at all. The service's finish script turns it into the container's exit code.
        await container.ExecAsync("/command/s6-svc", "-k", "/run/service/gatehouse");
        var exitCode = await container.Run.WaitForExitAsync(TestSettings.Timeout);

        output.WriteLine($"killed: exit code {exitCode}");
        Assert.Equal(128 + 9, exitCode);
        await probe.WaitForAsync("gatehouse/availability", m => m.Payload == "offline");
    }

    private AddonContainer Start()
    {
        File.WriteAllText(Path.Combine(_data, "options.json"),
            $$"""{"notify_services": ["notify.phone"], "mqtt_host": "{{_broker.Host}}", "mqtt_port": {{_broker.Port}}}""");
        return AddonContainer.Start(_data, Path.Combine(RepositoryRoot.Path, "tests", "samples", "hardened"), new Dictionary<string, string>
        {
            ["SUPERVISOR_TOKEN"] = FakeSupervisor.AddonToken,
            // The Supervisor's own address is http://supervisor; the fake one listens on loopback.
            ["SUPERVISOR_URL"] = Supervisor.BaseUrl.ToString(),
        });
    }
}
