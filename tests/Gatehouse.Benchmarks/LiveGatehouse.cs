using Gatehouse.IntegrationTests.Fakes.HomeAssistant;
using Gatehouse.IntegrationTests.Infrastructure;
using Gatehouse.IntegrationTests.Mqtt;

namespace Gatehouse.Benchmarks;

/// <summary>
/// The published Gatehouse binary as a separate process, watching the fake HA and publishing to a real
/// mosquitto, both on loopback: what the runtime benchmarks measure.
/// </summary>
internal sealed class LiveGatehouse : IAsyncDisposable
{
    public const string AvailabilityTopic = "gatehouse/availability";

    private LiveGatehouse(FakeHomeAssistant ha, MosquittoBroker broker, string data)
    {
        Ha = ha;
        Broker = broker;
        Data = data;
    }

    public FakeHomeAssistant Ha { get; }

    public MosquittoBroker Broker { get; }

    public string Data { get; }

    public GatehouseProcess? Process { get; private set; }

    /// <summary>The panel, on for every benchmark as in the add-on (nobody viewing it unless a benchmark does).</summary>
    public Uri PanelUrl { get; } = new($"http://127.0.0.1:{FreeLoopbackPort()}/");

    /// <summary>The binary under test: GATEHOUSE_BINARY, else the amd64 build of <c>addon/build.sh amd64</c>.</summary>
    public static string Binary()
    {
        var configured = Environment.GetEnvironmentVariable("GATEHOUSE_BINARY");
        if (configured is { Length: > 0 })
        {
            return Path.Combine(RepositoryRoot.Path, configured);
        }
        var published = Path.Combine(RepositoryRoot.Path, "artifacts", "publish", "amd64", "Gatehouse");
        if (!File.Exists(published))
        {
            throw new FileNotFoundException("Run addon/build.sh amd64 first (the benchmarks measure the published build), or set GATEHOUSE_BINARY.", published);
        }
        // GatehouseProcess starts whatever GATEHOUSE_BINARY names.
        Environment.SetEnvironmentVariable("GATEHOUSE_BINARY", published);
        return published;
    }

    public static async Task<LiveGatehouse> CreateAsync()
    {
        Binary();
        var ha = await FakeHomeAssistant.StartAsync(HaGeneration.From2026_9);
        ha.Services.Add("notify", "phone");
        var broker = await MosquittoBroker.StartNewAsync();
        return new LiveGatehouse(ha, broker, Directory.CreateTempSubdirectory("gatehouse-bench-").FullName);
    }

    public GatehouseProcess Start(int alertCooldownSeconds)
    {
        var optionsFile = Path.Combine(Data, "options.json");
        File.WriteAllText(optionsFile, $$"""
            {"notify_services": ["notify.phone"], "alert_cooldown_seconds": {{alertCooldownSeconds}},
             "mqtt_host": "{{Broker.Host}}", "mqtt_port": {{Broker.Port}}, "log_level": "warning"}
            """);
        return Process = GatehouseProcess.Start(new Dictionary<string, string?>
        {
            ["GATEHOUSE_OPTIONS"] = optionsFile,
            ["GATEHOUSE_DATA"] = Data,
            ["GATEHOUSE_HA_CONFIG"] = Data,
            ["HA_URL"] = Ha.BaseUrl.ToString(),
            ["HA_TOKEN"] = FakeHomeAssistant.Token,
            ["GATEHOUSE_PANEL"] = $"127.0.0.1:{PanelUrl.Port}",
        });
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Ready: subscribed to HA's notices, and online on the broker with its entities announced.</summary>
    public async Task WaitUntilReadyAsync(MqttProbe probe)
    {
        await Ha.WaitForCommandAsync("persistent_notification/subscribe");
        await probe.WaitForAsync(AvailabilityTopic, m => m.Payload == "online");
    }

    public int NotifyCalls() => Ha.Services.Calls.Count(c => c.Domain == "notify");

    public int RecordedAttempts()
    {
        var path = Path.Combine(Data, "attempts.jsonl");
        return File.Exists(path) ? File.ReadLines(path).Count(l => l.StartsWith("{\"line\":\"attempt\"", StringComparison.Ordinal)) : 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (Process is not null)
        {
            await Process.DisposeAsync();
        }
        await Broker.DisposeAsync();
        await Ha.DisposeAsync();
        Directory.Delete(Data, recursive: true);
    }
}
