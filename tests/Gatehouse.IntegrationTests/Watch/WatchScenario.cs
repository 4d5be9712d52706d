using Gatehouse.IntegrationTests.Fakes.HomeAssistant;
using Gatehouse.IntegrationTests.Infrastructure;
using Gatehouse.IntegrationTests.Mqtt;

namespace Gatehouse.IntegrationTests.Watch;

/// <summary>
/// The real binary watching a fake HA (with <c>notify.phone</c>) and a config folder the test edits, its entities on
/// a real mosquitto, so a test can press "Run security checks" as an owner would and read what reached the phone.
/// </summary>
internal sealed class WatchScenario : IAsyncDisposable
{
    private const string ButtonConfig = "homeassistant/button/gatehouse/run_checks/config";

    private readonly MosquittoBroker _broker;
    private readonly MqttProbe _owner;
    private readonly string _folder;
    private GatehouseProcess? _gatehouse;
    private int _announcedBeforeStart;

    private WatchScenario(FakeHomeAssistant ha, MosquittoBroker broker, MqttProbe owner, string folder)
    {
        Ha = ha;
        _broker = broker;
        _owner = owner;
        _folder = folder;
    }

    public FakeHomeAssistant Ha { get; }

    public GatehouseProcess Gatehouse => _gatehouse ?? throw new InvalidOperationException("Start Gatehouse first.");

    /// <summary>What reached the phone, in order.</summary>
    public IReadOnlyList<(string Title, string Message)> Notifications =>
        [.. Ha.Services.Calls.Where(c => c.Domain == "notify").Select(c => ((string)c.ServiceData!["title"]!, (string)c.ServiceData!["message"]!))];

    public static async Task<WatchScenario> StartAsync(HaGeneration generation = HaGeneration.From2026_9)
    {
        var ha = await FakeHomeAssistant.StartAsync(generation);
        ha.Services.Add("notify", "phone");
        var broker = await MosquittoBroker.StartNewAsync();
        // Subscribed before Gatehouse starts: a live (not retained) button config says this process subscribed to presses.
        var owner = await MqttProbe.ConnectAsync(broker, ButtonConfig);
        return new WatchScenario(ha, broker, owner, Directory.CreateTempSubdirectory("gatehouse-watch-").FullName);
    }

    /// <summary>Writes .storage/auth as HA does, with HA's system user: (id, name, admin), the first one the owner.</summary>
    public void WritePeople(params (string Id, string Name, bool Admin)[] people)
    {
        var users = people.Select((p, i) =>
            $$"""{"id":"{{p.Id}}","group_ids":["{{(p.Admin ? "system-admin" : "system-users")}}"],"is_owner":{{(i == 0 ? "true" : "false")}},"is_active":true,"name":"{{p.Name}}","system_generated":false,"local_only":false}""")
            .Append("""{"id":"sup","group_ids":["system-admin"],"is_owner":false,"is_active":true,"name":"Supervisor","system_generated":true}""");
        Directory.CreateDirectory(Path.Combine(_folder, ".storage"));
        File.WriteAllText(Path.Combine(_folder, ".storage", "auth"),
            $$$"""{"version":1,"minor_version":1,"key":"auth","data":{"users":[{{{string.Join(",", users)}}}],"groups":[],"credentials":[],"refresh_tokens":[]}}""");
    }

    public void Start()
    {
        var options = Path.Combine(_folder, "options.json");
        File.WriteAllText(options, $$"""{"notify_services": ["notify.phone"], "mqtt_host": "{{_broker.Host}}", "mqtt_port": {{_broker.Port}}}""");
        File.WriteAllText(Path.Combine(_folder, "configuration.yaml"), "homeassistant:\n  name: Home\n");
        _announcedBeforeStart = Announced();
        _gatehouse = GatehouseProcess.Start(new Dictionary<string, string?>
        {
            ["GATEHOUSE_OPTIONS"] = options,
            ["GATEHOUSE_DATA"] = _folder,
            ["GATEHOUSE_HA_CONFIG"] = _folder,
            ["HA_URL"] = Ha.BaseUrl.ToString(),
            ["HA_TOKEN"] = FakeHomeAssistant.Token,
        }, "run");
    }

    public async Task RestartAsync()
    {
        await Gatehouse.StopAsync(TestSettings.Timeout);
        await Gatehouse.DisposeAsync();
        Start();
    }

    /// <summary>
    /// Presses "Run security checks" and waits until the watch has compared that run with the last; returns the
    /// log line that says how it compared (an alert it found may still be on its way to the phone). Each test finishes well within the 30 s before the first scheduled run, so the press is the only run.
    /// </summary>
    public async Task<string> RunChecksAsync()
    {
        await _owner.WaitUntilAsync(_ => Announced() > _announcedBeforeStart, "this Gatehouse's button");
        var button = Samples.Json(_owner.Received.Last(m => m.Topic == ButtonConfig).Payload);
        var compared = Compared();
        await _owner.PublishAsync((string)button["command_topic"]!, (string)button["payload_press"]!);
        try
        {
            await Poll.UntilAsync(() => Compared() > compared, "the watch's comparison of the pressed run");
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{timeout.Message} Output:\n{string.Join('\n', Gatehouse.Output)}", timeout);
        }
        return Gatehouse.Output.Where(IsComparison).Last();
    }

    /// <summary>A subscriber to Gatehouse's entities on the scenario's broker.</summary>
    public Task<MqttProbe> ProbeAsync(params string[] topicFilters) => MqttProbe.ConnectAsync(_broker, topicFilters);

    /// <summary>Waits until <paramref name="count"/> notifications reached the phone (the watch logs a change before it sends it).</summary>
    public Task WaitForNotificationsAsync(int count) =>
        Ha.WaitUntilAsync(_ => Notifications.Count >= count, $"{count} notification(s) on the phone");

    private int Announced() => _owner.Received.Count(m => m.Topic == ButtonConfig && !m.Retained);

    private int Compared() => Gatehouse.Output.Count(IsComparison);

    private static bool IsComparison(string line) =>
        line.Contains("nothing got worse", StringComparison.Ordinal) || line.Contains("made the home less safe", StringComparison.Ordinal) || line.Contains("This is the baseline", StringComparison.Ordinal);

    public async ValueTask DisposeAsync()
    {
        if (_gatehouse is not null)
        {
            await _gatehouse.DisposeAsync();
        }
        await _owner.DisposeAsync();
        await _broker.DisposeAsync();
        await Ha.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
