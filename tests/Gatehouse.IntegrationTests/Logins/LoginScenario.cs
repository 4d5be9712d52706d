using Gatehouse.IntegrationTests.Fakes.HomeAssistant;
using Gatehouse.IntegrationTests.Infrastructure;

namespace Gatehouse.IntegrationTests.Logins;

/// <summary>
/// The real Gatehouse binary watching a fake HA with a <c>notify.phone</c> service, its data in a temp folder:
/// what the login tests start, and what they read back (service calls, the attempt log, which alerts cover an address).
/// </summary>
internal sealed class LoginScenario : IAsyncDisposable
{
    public const string PhoneOnly = """{"notify_services": ["notify.phone"]}""";

    private LoginScenario(FakeHomeAssistant ha, string data)
    {
        Ha = ha;
        Data = data;
    }

    public FakeHomeAssistant Ha { get; }

    public string Data { get; }

    public RecordedServiceCall[] Calls => [.. Ha.Services.Calls];

    public static async Task<LoginScenario> StartAsync(HaGeneration generation = HaGeneration.From2026_9)
    {
        var ha = await FakeHomeAssistant.StartAsync(generation);
        ha.Services.Add("notify", "phone");
        return new LoginScenario(ha, Directory.CreateTempSubdirectory("gatehouse-logins-").FullName);
    }

    /// <summary>A login alert; the watch's own messages (first check run, changes, digest; titles starting "Gatehouse") are not.</summary>
    public static bool IsNotify(RecordedServiceCall call) =>
        call.Domain == "notify" && !((string?)call.ServiceData?["title"] ?? "").StartsWith("Gatehouse", StringComparison.Ordinal);

    public static bool IsDismiss(RecordedServiceCall call) => call.Domain == "persistent_notification" && call.Service == "dismiss";

    /// <summary>Starts Gatehouse with these options; <paramref name="dataFolder"/> overrides where it keeps its data.</summary>
    public GatehouseProcess StartGatehouse(string options = PhoneOnly, string? dataFolder = null)
    {
        var optionsFile = Path.Combine(Data, "options.json");
        File.WriteAllText(optionsFile, options);
        return GatehouseProcess.Start(new Dictionary<string, string?>
        {
            ["GATEHOUSE_OPTIONS"] = optionsFile,
            ["GATEHOUSE_DATA"] = dataFolder ?? Data,
            ["GATEHOUSE_HA_CONFIG"] = Data,
            ["HA_URL"] = Ha.BaseUrl.ToString(),
            ["HA_TOKEN"] = FakeHomeAssistant.Token,
        });
    }

    public Task WaitForCallsAsync(Func<RecordedServiceCall[], bool> condition, string what) =>
        Ha.WaitUntilAsync(_ => condition(Calls), what);

    public string[] AttemptLogLines()
    {
        var path = Path.Combine(Data, "attempts.jsonl");
        return File.Exists(path) ? File.ReadAllLines(path) : [];
    }

    public int RecordedAttempts() => AttemptLogLines().Count(l => l.Contains("\"line\":\"attempt\"", StringComparison.Ordinal));

    public int Unalerted()
    {
        var lines = AttemptLogLines();
        var alerted = lines.Count(l => l.Contains("\"line\":\"alerted\"", StringComparison.Ordinal));
        return lines.Count(l => l.Contains("\"line\":\"attempt\"", StringComparison.Ordinal)) - alerted;
    }

    /// <summary>How many attempts the alerts delivered so far speak for (<see cref="AlertCount"/>).</summary>
    public int AttemptsCovered() => AlertCounts().Sum();

    /// <summary>How many attempts each delivered alert speaks for, in order.</summary>
    public List<int> AlertCounts() =>
        [.. Calls.Where(IsNotify).Select(c => AlertCount.Of((string)c.ServiceData!["title"]!, (string)c.ServiceData!["message"]!))];

    public async ValueTask DisposeAsync()
    {
        await Ha.DisposeAsync();
        Directory.Delete(Data, recursive: true);
    }
}
