using Gatehouse.IntegrationTests.Infrastructure;
using Gatehouse.Logins;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.IntegrationTests.Mqtt;

/// <summary>Gatehouse's entities against a real mosquitto: discovery, states, HA's birth message, the button, stale configs.</summary>
public sealed class GatehouseMqttSessionTests : IAsyncLifetime
{
    private MosquittoBroker _broker = null!;

    public async Task InitializeAsync() => _broker = await MosquittoBroker.StartNewAsync();

    public async Task DisposeAsync() => await _broker.DisposeAsync();

    [Fact]
    public async Task Start_RetainsEveryConfig_EachValidAgainstHaSchema()
    {
        await using var host = await MqttEntitiesHost.StartAsync(MqttEntitiesHost.OptionsFor(_broker), MqttEntitiesHost.WithChecks(Samples.Checks()));
        await using (var first = await MqttProbe.ConnectAsync(_broker, Samples.AllConfigs, "gatehouse/#"))
        {
            await first.WaitUntilAsync(m => Samples.HasAllConfigs(m), "every config");
        }

        // A client arriving later (HA restarting) gets every config from the broker's retained store.
        await using var late = await MqttProbe.ConnectAsync(_broker, Samples.AllConfigs, "gatehouse/availability");
        await late.WaitUntilAsync(m => Samples.HasAllConfigs(m, retained: true) && m.Any(x => x.Topic == "gatehouse/availability"), "retained configs");
        var configs = late.Latest().Where(kv => kv.Key.EndsWith("/config", StringComparison.Ordinal)).ToDictionary(kv => kv.Key, kv => Samples.Json(kv.Value));

        Assert.Equal(Samples.ExpectedConfigCount, configs.Count);
        foreach (var (topic, config) in configs)
        {
            var problems = HaDiscoverySchema.Validate(HaDiscoverySchema.Newest, Samples.Prefix, topic, config);
            Assert.True(problems.Count == 0, $"{topic}: {string.Join("; ", problems)}");
            Assert.Equal("gatehouse/availability", (string?)config["availability_topic"]);
            Assert.Equal("Gatehouse", (string?)config["device"]!["name"]);
            Assert.True(topic.Length + config.ToString().Length < 2_000, $"{topic} is larger than a discovery config needs to be");
        }
        Assert.Equal(configs.Count, configs.Values.Select(c => (string?)c["unique_id"]).Distinct().Count());
        Assert.Equal(configs.Count, configs.Values.Select(c => (string?)c["default_entity_id"]).Distinct().Count());
        Assert.Contains("binary_sensor.gatehouse_check_mfa", configs.Values.Select(c => (string?)c["default_entity_id"]));
        Assert.Equal("online", late.Latest()["gatehouse/availability"]);
        Assert.All(late.Received, m => Assert.True(m.Retained, $"{m.Topic} was not retained"));
    }

    [Fact]
    public async Task AttemptAndReport_PublishEventAndRetainedStates()
    {
        await using var host = await MqttEntitiesHost.StartAsync(MqttEntitiesHost.OptionsFor(_broker), MqttEntitiesHost.WithChecks(Samples.Checks()) + MqttEntitiesHost.WithFigures(Samples.Figures()));
        await using var live = await MqttProbe.ConnectAsync(_broker, "gatehouse/#");
        await host.Logins.OnAttemptsAsync([Samples.Attempt()], Samples.Figures(), CancellationToken.None);
        await host.Reports.OnReportAsync(Samples.Report(), CancellationToken.None);

        var fired = await live.WaitForAsync("gatehouse/login_attempt/state");
        var payload = Samples.Json(fired.Payload);
        Assert.False(fired.Retained);
        Assert.Equal("failed_login", (string?)payload["event_type"]);
        Assert.Equal("203.0.113.7", (string?)payload["ip"]);
        Assert.Equal("scanner.example.net", (string?)payload["host"]);
        Assert.Equal("password", (string?)payload["kind"]);
        Assert.Equal("2026-11-28T01:02:03+00:00", (string?)payload["time"]);
        await live.WaitForAsync("gatehouse/check_ip_ban/attributes");

        await using var late = await MqttProbe.ConnectAsync(_broker, "gatehouse/#");
        await late.WaitForAsync("gatehouse/check_ip_ban/attributes");
        var states = late.Latest();
        Assert.DoesNotContain("gatehouse/login_attempt/state", states.Keys); // HA ignores retained events: none is kept.
        Assert.Equal("3", states["gatehouse/failed_logins_24h/state"]);
        Assert.Equal("41", states["gatehouse/failed_logins_total/state"]);
        Assert.Equal("2026-11-28T01:02:03+00:00", states["gatehouse/last_failed_login/state"]);
        Assert.Equal("2", states["gatehouse/banned_ips/state"]);
        Assert.Equal("72", states["gatehouse/security_score/state"]);
        Assert.Equal("2026-11-28T01:02:03+00:00", states["gatehouse/last_check_run/state"]);
        Assert.Equal("ON", states["gatehouse/check_mfa/state"]);
        Assert.Equal("None", states["gatehouse/check_ip_ban/state"]); // unreadable data is "unknown", never "no problem"
        var mfa = Samples.Json(states["gatehouse/check_mfa/attributes"]);
        Assert.Equal("fail", (string?)mfa["status"]);
        Assert.Equal("user anna", (string?)mfa["details"]![0]);
        Assert.Equal(["mfa:user:anna-id"], mfa["findings"]!.Values<string>());
        Assert.StartsWith("Open your profile", (string?)mfa["remediation"], StringComparison.Ordinal);
        Assert.Equal("unavailable", (string?)Samples.Json(states["gatehouse/check_ip_ban/attributes"])["status"]);
    }

    [Fact]
    public async Task HomeAssistantBirth_RepublishesDiscoveryAndStates()
    {
        var figures = new FixedFiguresSource { Current = Samples.Figures(last24Hours: 5) };
        await using var host = await MqttEntitiesHost.StartAsync(MqttEntitiesHost.OptionsFor(_broker), services =>
        {
            MqttEntitiesHost.WithChecks(Samples.Checks())(services);
            services.AddSingleton<ILoginFiguresSource>(figures);
        });
        await using var ha = await MqttProbe.ConnectAsync(_broker, Samples.AllConfigs, "gatehouse/+/state");
        await host.Reports.OnReportAsync(Samples.Report(), CancellationToken.None);
        await ha.WaitForAsync("gatehouse/security_score/state");
        await ha.WaitUntilAsync(m => Samples.HasAllConfigs(m), "the first announce");

        ha.Clear();
        figures.Current = Samples.Figures(last24Hours: 6);
        await ha.PublishAsync("homeassistant/status", "online");

        await ha.WaitUntilAsync(m => Samples.HasAllConfigs(m, retained: false), "configs sent again after the birth message");
        await ha.WaitForAsync("gatehouse/security_score/state", m => m is { Payload: "72", Retained: false });
        await ha.WaitForAsync("gatehouse/failed_logins_24h/state", m => m.Payload == "6");
    }

    [Fact]
    public async Task CustomDiscoveryPrefix_ConfigsGoThere_AndHasDefaultBirthTopicStillTriggersAnAnnounce()
    {
        var options = MqttEntitiesHost.OptionsFor(_broker) with { DiscoveryPrefix = "ha-discovery" };
        await using var host = await MqttEntitiesHost.StartAsync(options);
        await using var ha = await MqttProbe.ConnectAsync(_broker, "ha-discovery/+/gatehouse/+/config");
        await ha.WaitForAsync("ha-discovery/button/gatehouse/run_checks/config");

        ha.Clear();
        await ha.PublishAsync("homeassistant/status", "online");

        await ha.WaitForAsync("ha-discovery/button/gatehouse/run_checks/config", m => !m.Retained);
    }

    [Fact]
    public async Task ButtonPress_ReachesCheckRunRequester()
    {
        var requester = new RecordingRunRequester();
        await using var host = await MqttEntitiesHost.StartAsync(MqttEntitiesHost.OptionsFor(_broker),
            services => services.AddSingleton<Gatehouse.Checks.ICheckRunRequester>(requester));
        await using var ha = await MqttProbe.ConnectAsync(_broker, "homeassistant/button/gatehouse/run_checks/config");
        var config = Samples.Json((await ha.WaitForAsync("homeassistant/button/gatehouse/run_checks/config")).Payload);

        await ha.PublishAsync((string)config["command_topic"]!, (string)config["payload_press"]!);

        await requester.Requested.WaitAsync(TestSettings.Timeout);
        Assert.Equal(1, requester.Count);
    }

    [Fact]
    public async Task Start_ClearsRetainedConfigsOfEntitiesThatNoLongerExist()
    {
        await using (var before = await MqttProbe.ConnectAsync(_broker))
        {
            await before.PublishAsync("homeassistant/binary_sensor/gatehouse/check_retired/config", """{"name":"Retired"}""", retain: true);
            await before.PublishAsync("homeassistant/sensor/other_app/thing/config", """{"name":"Not ours"}""", retain: true);
        }

        await using var host = await MqttEntitiesHost.StartAsync(MqttEntitiesHost.OptionsFor(_broker), MqttEntitiesHost.WithChecks(Samples.Checks()));
        await host.WaitForLogAsync(r => r.Message.Contains("check_retired", StringComparison.Ordinal), "the sweep's report");

        await using var after = await MqttProbe.ConnectAsync(_broker, "homeassistant/#");
        await after.WaitUntilAsync(m => Samples.HasAllConfigs(m), "the current configs");
        var retained = after.Latest().Where(kv => kv.Value.Length > 0).ToDictionary();
        Assert.DoesNotContain("homeassistant/binary_sensor/gatehouse/check_retired/config", retained.Keys);
        Assert.Contains("homeassistant/sensor/other_app/thing/config", retained.Keys);
    }

    [Fact]
    public async Task Start_AfterADiscoveryPrefixChange_ClearsWhatItAnnouncedUnderTheOldPrefix()
    {
        var data = Directory.CreateTempSubdirectory("gatehouse-prefix-").FullName;
        try
        {
            await using (var before = await MqttEntitiesHost.StartAsync(MqttEntitiesHost.OptionsFor(_broker) with { DiscoveryPrefix = "oldprefix" }, MqttEntitiesHost.WithChecks(Samples.Checks()), dataDirectory: data))
            {
                await using var probe = await MqttProbe.ConnectAsync(_broker, "oldprefix/#");
                await probe.WaitForAsync("oldprefix/button/gatehouse/run_checks/config");
            }
            await using (var other = await MqttProbe.ConnectAsync(_broker))
            {
                await other.PublishAsync("oldprefix/sensor/other_app/thing/config", """{"name":"Not ours"}""", retain: true);
            }
            // Watching before the restart: the retained old configs arrive first, their clearing after.
            await using var watch = await MqttProbe.ConnectAsync(_broker, "oldprefix/#");
            await watch.WaitForAsync("oldprefix/button/gatehouse/run_checks/config");
            await watch.WaitForAsync("oldprefix/sensor/other_app/thing/config");

            await using var after = await MqttEntitiesHost.StartAsync(MqttEntitiesHost.OptionsFor(_broker), MqttEntitiesHost.WithChecks(Samples.Checks()), dataDirectory: data);

            await watch.WaitUntilAsync(m => Latest(m).Where(x => x.Topic.Contains("/gatehouse/", StringComparison.Ordinal)).All(x => x.Payload.Length == 0), "the old configs cleared");
            Assert.Equal(["oldprefix/sensor/other_app/thing/config"], Latest(watch.Received).Where(x => x.Payload.Length > 0).Select(x => x.Topic));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task TwoInstallationsOnOneBroker_EachKeepsItsConnection()
    {
        // The same client id twice makes a broker close the older connection; each installation has its own.
        await using var one = await MqttEntitiesHost.StartAsync(MqttEntitiesHost.OptionsFor(_broker));
        await one.WaitForLogAsync(r => r.Message.StartsWith("Connected to the MQTT broker", StringComparison.Ordinal), "the first connection");
        await using var two = await MqttEntitiesHost.StartAsync(MqttEntitiesHost.OptionsFor(_broker));
        await two.WaitForLogAsync(r => r.Message.StartsWith("Connected to the MQTT broker", StringComparison.Ordinal), "the second connection");
        await _broker.WaitForLogAsync(" as gatehouse-", count: 2);

        Assert.DoesNotContain(_broker.Log, l => l.Contains("already connected, closing old connection", StringComparison.Ordinal));
        Assert.Equal(2, _broker.Log.Where(l => l.Contains(" as gatehouse-", StringComparison.Ordinal)).Select(l => l[l.IndexOf(" as gatehouse-", StringComparison.Ordinal)..].Split(' ')[2]).Distinct().Count());
    }

    private static IEnumerable<ReceivedMessage> Latest(IReadOnlyList<ReceivedMessage> received) => received.GroupBy(m => m.Topic).Select(g => g.Last());
}
