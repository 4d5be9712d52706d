using Gatehouse.Checks;
using Gatehouse.Checks.Catalog;
using Gatehouse.IntegrationTests.Fakes.Internet;
using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Checks;

/// <summary>remote_exposure against a fake IP lookup and a fake Shodan InternetDB on loopback.</summary>
public sealed class RemoteExposureCheckTests : IAsyncLifetime
{
    private FakeInternetLookups _internet = null!;

    public async Task InitializeAsync() => _internet = await FakeInternetLookups.StartAsync();

    public async Task DisposeAsync() => await _internet.DisposeAsync();

    [Fact]
    public async Task RunAsync_OptionOff_IsSkippedAndSendsNothing()
    {
        var result = await RunAsync(enabled: false);

        Assert.Equal(CheckStatus.Skipped, result.Status);
        Assert.Empty(_internet.Requests);
    }

    [Fact]
    public async Task RunAsync_NoRecordForTheAddress_Passes()
    {
        var result = await RunAsync();

        Assert.Equal(CheckStatus.Pass, result.Status);
        Assert.Equal("Shodan InternetDB has no record of your public address 203.0.113.7: its scans found nothing open there.", result.Summary);
        Assert.Equal(["/ip", "/internetdb/203.0.113.7"], _internet.Requests);
    }

    [Fact]
    public async Task RunAsync_DatabaseOpen_FailsNamingIt()
    {
        _internet.Record = Record(ports: [8123, 3306]);

        var result = await RunAsync();

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Equal("Risky services are open to the whole internet: 3306 (MySQL/MariaDB database).", result.Summary);
        Assert.Contains("Open to the internet: port 8123 (Home Assistant)", result.Details);
    }

    [Fact]
    public async Task RunAsync_HomeAssistantPortOpen_Warns()
    {
        _internet.Record = Record(ports: [8123], tags: ["self-signed"]);

        var result = await RunAsync();

        Assert.Equal(CheckStatus.Warn, result.Status);
        Assert.Contains("Shodan tags: self-signed", result.Details);
    }

    [Fact]
    public async Task RunAsync_OnlyAllowedPortsOpen_Passes()
    {
        _internet.Record = Record(ports: [443]);

        var result = await RunAsync(allowed: [443]);

        Assert.Equal(CheckStatus.Pass, result.Status);
        Assert.Contains("Open to the internet: port 443 (HTTPS) (in allowed_ports)", result.Details);
    }

    [Fact]
    public async Task RunAsync_KnownVulnerabilities_FailListingThem()
    {
        _internet.Record = Record(ports: [443], vulns: ["CVE-2023-44487"]);

        var result = await RunAsync(allowed: [443]);

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Contains("Known vulnerability: CVE-2023-44487", result.Details);
    }

    [Fact]
    public async Task RunAsync_IpLookupFails_IsUnavailable()
    {
        _internet.PublicIpStatus = 500;

        var result = await RunAsync();

        Assert.Equal(CheckStatus.Unavailable, result.Status);
        Assert.Contains("answered HTTP 500", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_InternetDbUnreachable_IsUnavailable()
    {
        await using var live = Live(enabled: true, []);
        live.Variables["GATEHOUSE_INTERNETDB_URL"] = "http://127.0.0.1:9/";

        var result = await live.RunAsync<RemoteExposureCheck>();

        Assert.Equal(CheckStatus.Unavailable, result.Status);
        Assert.Contains("Shodan InternetDB could not be reached", result.Summary, StringComparison.Ordinal);
    }

    internal static string Record(int[] ports, string[]? tags = null, string[]? vulns = null) => new JObject
    {
        ["cpes"] = new JArray(),
        ["hostnames"] = new JArray(),
        ["ip"] = "203.0.113.7",
        ["ports"] = new JArray(ports),
        ["tags"] = new JArray(tags ?? []),
        ["vulns"] = new JArray(vulns ?? []),
    }.ToString();

    private async Task<CheckResult> RunAsync(bool enabled = true, int[]? allowed = null)
    {
        await using var live = Live(enabled, allowed ?? []);
        return await live.RunAsync<RemoteExposureCheck>();
    }

    private LiveChecks Live(bool enabled, int[] allowed)
    {
        var live = new LiveChecks();
        live.Options["remote_exposure_check"] = enabled;
        live.Options["allowed_ports"] = new JArray(allowed);
        live.Variables["GATEHOUSE_PUBLIC_IP_URL"] = _internet.PublicIpUrl.ToString();
        live.Variables["GATEHOUSE_INTERNETDB_URL"] = _internet.InternetDbUrl.ToString();
        return live;
    }
}
