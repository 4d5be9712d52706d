using System.Text;
using Gatehouse.IntegrationTests.Fakes.HomeAssistant;
using Gatehouse.IntegrationTests.Infrastructure;
using Gatehouse.IntegrationTests.Mqtt;
using Gatehouse.Mqtt.Discovery;
using Gatehouse.Panel;
using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Panel;

/// <summary>
/// The shipped binary as the panel's tests need it: watching a fake HA that produces failed logins, auditing the
/// insecure sample folder (so there are problems to accept), publishing to a real mosquitto, its panel on a free
/// loopback port that answers only the <see cref="IngressProxy"/> in front of it. Gatehouse can be restarted on
/// the same data folder.
/// </summary>
internal sealed class PanelScenario : IAsyncDisposable
{
    public static readonly string InsecureSample = Path.Combine(RepositoryRoot.Path, "tests", "samples", "insecure");

    private readonly string _data = Directory.CreateTempSubdirectory("gatehouse-panel-").FullName;
    private readonly HttpClient _browser = new();

    private PanelScenario(FakeHomeAssistant ha, MosquittoBroker broker, MqttProbe mqtt)
    {
        Ha = ha;
        Broker = broker;
        Mqtt = mqtt;
    }

    public FakeHomeAssistant Ha { get; }

    public MosquittoBroker Broker { get; }

    public MqttProbe Mqtt { get; }

    public GatehouseProcess Gatehouse { get; private set; } = null!;

    /// <summary>Where the panel itself listens (only the proxy may use it).</summary>
    public Uri PanelDirect { get; private set; } = null!;

    public IngressProxy Ingress { get; private set; } = null!;

    public string DataFolder => _data;

    public static async Task<PanelScenario> StartAsync()
    {
        var ha = await FakeHomeAssistant.StartAsync(HaGeneration.From2026_9);
        ha.Services.Add("notify", "phone");
        var broker = await MosquittoBroker.StartNewAsync();
        var mqtt = await MqttProbe.ConnectAsync(broker, $"{GatehouseTopics.NodeId}/#");
        var scenario = new PanelScenario(ha, broker, mqtt);
        await scenario.StartGatehouseAsync();
        return scenario;
    }

    public async Task StartGatehouseAsync()
    {
        var options = Path.Combine(_data, "options.json");
        await File.WriteAllTextAsync(options, $$"""{"notify_services": ["notify.phone"], "mqtt_host": "{{Broker.Host}}", "mqtt_port": {{Broker.Port}}}""");
        Gatehouse = GatehouseProcess.Start(new Dictionary<string, string?>
        {
            ["GATEHOUSE_OPTIONS"] = options,
            ["GATEHOUSE_DATA"] = _data,
            ["GATEHOUSE_HA_CONFIG"] = InsecureSample,
            ["HA_URL"] = Ha.BaseUrl.ToString(),
            ["HA_TOKEN"] = FakeHomeAssistant.Token,
            ["GATEHOUSE_PANEL"] = "127.0.0.1:0",
            ["GATEHOUSE_PANEL_PEERS"] = IngressProxy.PeerAddress.ToString(),
        }, "run");
        var line = await Gatehouse.WaitForLineAsync("The panel listens on ");
        PanelDirect = new Uri(line[(line.IndexOf("http://", StringComparison.Ordinal))..].Split(' ')[0]);
        if (Ingress is not null)
        {
            await Ingress.DisposeAsync();
        }
        Ingress = await IngressProxy.StartAsync(PanelDirect);
    }

    public async Task RestartGatehouseAsync()
    {
        Assert.Equal(0, await Gatehouse.StopAsync(TestSettings.Timeout));
        await Gatehouse.DisposeAsync();
        Mqtt.Clear();
        await StartGatehouseAsync();
    }

    /// <summary>A GET through ingress, as the page makes it.</summary>
    public Task<HttpResponseMessage> GetAsync(string relative) => _browser.GetAsync(new Uri(Ingress.PanelUrl, relative));

    /// <summary>A POST through ingress; <paramref name="guarded"/> adds the panel's same-origin header, as the page does.</summary>
    public Task<HttpResponseMessage> PostAsync(string relative, string json = "{}", bool guarded = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Ingress.PanelUrl, relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (guarded)
        {
            request.Headers.Add(PanelCaller.GuardHeader, "1");
        }
        return _browser.SendAsync(request);
    }

    /// <summary>Asks for a run and waits for the report it produces.</summary>
    public async Task<PanelReport> RunChecksAsync(PanelReport? after = null)
    {
        using var response = await PostAsync("api/run");
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        return await WaitForReportAsync(after);
    }

    /// <summary>Waits for a report other than <paramref name="after"/> (the panel numbers them in the ETag).</summary>
    public async Task<PanelReport> WaitForReportAsync(PanelReport? after)
    {
        PanelReport? report = null;
        try
        {
            await Poll.UntilAsync(async () =>
            {
                using var response = await GetAsync("api/report");
                report = response.StatusCode == System.Net.HttpStatusCode.OK
                    ? new PanelReport(JObject.Parse(await response.Content.ReadAsStringAsync()), response.Headers.ETag!.Tag)
                    : null;
                return report is not null && report.Tag != after?.Tag;
            }, "a check report after " + (after?.Tag ?? "none"));
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException($"{exception.Message} Gatehouse's output:\n{string.Join('\n', Gatehouse.Output)}");
        }
        return report!;
    }

    /// <summary>The security score sensor's latest state on the broker.</summary>
    public async Task<int> MqttScoreAsync(int expected)
    {
        var topic = GatehouseTopics.State(GatehouseEntities.SecurityScore);
        var message = await Mqtt.WaitForAsync(topic, m => m.Payload == expected.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return int.Parse(message.Payload, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await Gatehouse.DisposeAsync();
        await Ingress.DisposeAsync();
        await Mqtt.DisposeAsync();
        await Broker.DisposeAsync();
        await Ha.DisposeAsync();
        _browser.Dispose();
        Directory.Delete(_data, recursive: true);
    }
}

/// <summary>One report as api/report answered it, with the number the panel gave it.</summary>
internal sealed record PanelReport(JObject Json, string Tag)
{
    public int Score => Json.Value<int>("score");
}
