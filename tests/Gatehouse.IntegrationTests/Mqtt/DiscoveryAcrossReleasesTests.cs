using System.Text.RegularExpressions;
using Gatehouse.Checks;
using Gatehouse.HaConnection;
using Gatehouse.HomeAssistant.Compatibility;
using Gatehouse.IntegrationTests.Fakes.HomeAssistant;
using Gatehouse.IntegrationTests.Infrastructure;
using Gatehouse.Logins;
using Gatehouse.Mqtt.Discovery;
using Gatehouse.Options;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Mqtt;

/// <summary>
/// The shipped binary, a fake HA of each generation and a real mosquitto: every discovery config Gatehouse publishes
/// is read back as that release's MQTT discovery reads it, and gets the entity id the README documents.
/// </summary>
public sealed partial class DiscoveryAcrossReleasesTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gatehouse-discovery-").FullName;
    private MosquittoBroker _broker = null!;
    private FakeHomeAssistant? _ha;

    public static TheoryData<HaGeneration> Generations => new(HaGenerations.All);

    public async Task InitializeAsync() => _broker = await MosquittoBroker.StartNewAsync();

    public async Task DisposeAsync()
    {
        await _broker.DisposeAsync();
        if (_ha is not null)
        {
            await _ha.DisposeAsync();
        }
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [MemberData(nameof(Generations))]
    public async Task Run_EveryConfigValidForTheConnectedRelease_IdsAsDocumented(HaGeneration generation)
    {
        await using var probe = await MqttProbe.ConnectAsync(_broker, Samples.AllConfigs, "gatehouse/+/state");
        await using var gatehouse = await StartAsync(generation);

        var release = HaRelease.Parse(generation.Version())!.Value;
        var configs = await ConfigsAsync(probe, release);

        AssertReadAsDocumented(release, configs);
        var hasEvent = configs.ContainsKey($"{Samples.Prefix}/event/gatehouse/login_attempt/config");
        Assert.Equal(release >= new HaRelease(2023, 8), hasEvent);
        Assert.Equal(!hasEvent, gatehouse.Output.Any(l => l.Contains("has no MQTT event entities", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task HaUpgradedWhileRunning_ConfigsRewrittenAndNoticesFollowedTheNewWay()
    {
        await using var probe = await MqttProbe.ConnectAsync(_broker, Samples.AllConfigs, "gatehouse/+/state");
        await using var gatehouse = await StartAsync(HaGeneration.Until2023_5);
        await ConfigsAsync(probe, new HaRelease(2022, 12));
        await gatehouse.WaitForLineAsync("Watching Home Assistant's notice entities");
        probe.Clear();

        await _ha!.RestartAsAsync(HaGeneration.From2026_9);

        await gatehouse.WaitForLineAsync("Home Assistant is now 2026.9.2");
        await gatehouse.WaitForLineAsync("Watching Home Assistant's notices");
        var configs = await ConfigsAsync(probe, new HaRelease(2026, 9));
        AssertReadAsDocumented(new HaRelease(2026, 9), configs);
        Assert.Contains($"{Samples.Prefix}/event/gatehouse/login_attempt/config", configs.Keys);
        _ha.SimulateFailedLogin("203.0.113.77");
        await _ha.WaitUntilAsync(ha => ha.Services.Calls.Any(c => c.Domain == "notify" && ((string?)c.ServiceData?["message"])!.Contains("203.0.113.77", StringComparison.Ordinal)), "the alert after the upgrade");
        Assert.Single(_ha.ReceivedFrames, f => f.Type == "persistent_notification/subscribe");
    }

    [Fact]
    public async Task Addon_HaRefusesTheWebsocket_EntitiesAnnouncedInTheDialectOfTheSupervisorsCoreVersion()
    {
        // The Supervisor's /core/info says 2026.8.3; its websocket proxy has no HA to relay to.
        await using var supervisor = await Fakes.Supervisor.FakeSupervisor.StartAsync();
        await using var probe = await MqttProbe.ConnectAsync(_broker, Samples.AllConfigs, "gatehouse/+/state");
        var options = Path.Combine(_folder, "options.json");
        await File.WriteAllTextAsync(options, $$"""{"mqtt_host": "{{_broker.Host}}", "mqtt_port": {{_broker.Port}}}""");
        await using var gatehouse = GatehouseProcess.Start(new Dictionary<string, string?>
        {
            ["GATEHOUSE_OPTIONS"] = options,
            ["GATEHOUSE_DATA"] = _folder,
            ["GATEHOUSE_HA_CONFIG"] = _folder,
            ["SUPERVISOR_URL"] = supervisor.BaseUrl.ToString(),
            ["SUPERVISOR_TOKEN"] = Fakes.Supervisor.FakeSupervisor.AddonToken,
        });

        var configs = await ConfigsAsync(probe, new HaRelease(2026, 8));

        AssertReadAsDocumented(new HaRelease(2026, 8), configs);
        Assert.DoesNotContain(gatehouse.Output, l => l.Contains("Connected to Home Assistant", StringComparison.Ordinal));
    }

    private async Task<GatehouseProcess> StartAsync(HaGeneration generation)
    {
        _ha = await FakeHomeAssistant.StartAsync(generation);
        _ha.Services.Add("notify", "phone");
        var options = Path.Combine(_folder, "options.json");
        await File.WriteAllTextAsync(options, $$"""{"mqtt_host": "{{_broker.Host}}", "mqtt_port": {{_broker.Port}}, "notify_services": ["notify.phone"]}""");
        return GatehouseProcess.Start(new Dictionary<string, string?>
        {
            ["GATEHOUSE_OPTIONS"] = options,
            ["GATEHOUSE_DATA"] = _folder,
            ["GATEHOUSE_HA_CONFIG"] = _folder,
            ["HA_URL"] = _ha.BaseUrl.ToString(),
            ["HA_TOKEN"] = FakeHomeAssistant.Token,
        });
    }

    /// <summary>Waits until every config this build announces to <paramref name="release"/> arrived in that release's dialect.</summary>
    private static async Task<Dictionary<string, JObject>> ConfigsAsync(MqttProbe probe, HaRelease release)
    {
        var expected = ExpectedConfigTopics(release);
        var idKey = new DiscoveryDialect(release).UsesDefaultEntityId ? "default_entity_id" : "object_id";
        Dictionary<string, JObject> Latest() => probe.Received.Where(m => m.Topic.EndsWith("/config", StringComparison.Ordinal) && m.Payload.Length > 0)
            .GroupBy(m => m.Topic).ToDictionary(g => g.Key, g => Samples.Json(g.Last().Payload));
        await probe.WaitUntilAsync(_ => Latest() is var latest && expected.All(t => latest.TryGetValue(t, out var c) && c[idKey] is not null), $"every config in {release}'s dialect");
        return Latest();
    }

    /// <summary>The config topics of every entity this build registers, as its own catalog lists them, that <paramref name="release"/> supports.</summary>
    private static HashSet<string> ExpectedConfigTopics(HaRelease release)
    {
        var folder = Path.GetTempPath();
        var environment = new GatehouseEnvironment { OptionsFile = "", OptionsFileRequired = false, DataDirectory = folder, HaConfigDirectory = folder };
        var configuration = new GatehouseConfiguration(new GatehouseOptions(), environment);
        using var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System)
            .AddHomeAssistant(configuration).AddSingleton<ILoginFiguresSource>(NoAttemptLog.Instance)
            .AddCheckEngine(configuration).BuildServiceProvider();
        using var scope = services.CreateScope();
        var catalog = new EntityCatalog(new GatehouseTopics(Samples.Prefix), scope.ServiceProvider.GetServices<ISecurityCheck>());
        var dialect = new DiscoveryDialect(release);
        return [.. catalog.Entities.Where(e => dialect.Supports(e.Component)).Select(e => e.ConfigTopic)];
    }

    private static void AssertReadAsDocumented(HaRelease release, Dictionary<string, JObject> configs)
    {
        var documented = DocumentedEntityIds();
        foreach (var (topic, config) in configs)
        {
            var problems = HaDiscoverySchema.Validate(release, Samples.Prefix, topic, config);
            Assert.True(problems.Count == 0, $"{release} {topic}: {string.Join("; ", problems)}");
            var parts = topic.Split('/');
            var entityId = HaDiscoverySchema.EntityId(release, parts[1], config);
            Assert.Equal($"{parts[1]}.gatehouse_{parts[3]}", entityId);
            Assert.True(documented.Contains(entityId) || entityId.StartsWith("binary_sensor.gatehouse_check_", StringComparison.Ordinal), $"{entityId} is not in the README");
        }
        Assert.All(documented.Where(id => !id.StartsWith("event.", StringComparison.Ordinal) || release >= new HaRelease(2023, 8)),
            id => Assert.Contains(configs, c => HaDiscoverySchema.EntityId(release, c.Key.Split('/')[1], c.Value) == id));
    }

    private static HashSet<string> DocumentedEntityIds() =>
        [.. DocumentedId().Matches(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"))).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"^\| `([a-z_]+\.gatehouse_[a-z0-9_]+)` \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedId();
}
