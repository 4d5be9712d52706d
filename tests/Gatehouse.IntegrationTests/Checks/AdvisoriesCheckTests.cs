using Gatehouse.Checks;
using Gatehouse.Checks.Catalog;
using Gatehouse.IntegrationTests.Fakes.Internet;
using Gatehouse.IntegrationTests.Fakes.Supervisor;
using Gatehouse.IntegrationTests.Infrastructure;

namespace Gatehouse.IntegrationTests.Checks;

/// <summary>
/// advisories in the add-on, against fake GitHub and OSV APIs on loopback answering in their formats. The
/// Supervisor advisory is the real one (home-assistant/operating-system GHSA-gh5m-4m97-c95h, CVE-2026-34205, published
/// in the OS repository for the Supervisor package); the Core ones are made up in the databases' shapes.
/// </summary>
public sealed class AdvisoriesCheckTests : SupervisedHomeAssistantTests
{
    private const string HostNetworkAdvisory = """
        [{"ghsa_id": "GHSA-gh5m-4m97-c95h", "cve_id": "CVE-2026-34205", "url": "https://api.github.com/repos/home-assistant/operating-system/security-advisories/GHSA-gh5m-4m97-c95h",
          "html_url": "https://github.com/home-assistant/operating-system/security/advisories/GHSA-gh5m-4m97-c95h",
          "summary": "Unauthenticated app (add-on) endpoints exposed to local network via host network mode", "description": "…", "severity": "critical",
          "state": "published", "published_at": "2026-03-27T12:00:00Z", "withdrawn_at": null,
          "vulnerabilities": [{"package": {"ecosystem": "other", "name": "Supervisor"}, "vulnerable_version_range": "< 2026.03.2", "patched_versions": "2026.03.2", "vulnerable_functions": []}],
          "cvss_severities": {"cvss_v3": {"vector_string": "CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", "score": 9.7}}}]
        """;

    private const string CoreAdvisory = """
        [{"ghsa_id": "GHSA-9f2c-7w4m-x3q8", "cve_id": "CVE-2026-40001", "summary": "Stored XSS in a dashboard card lets a user account run script as an administrator",
          "type": "reviewed", "severity": "medium", "source_code_location": "https://github.com/home-assistant/core", "withdrawn_at": null,
          "vulnerabilities": [{"package": {"ecosystem": "pip", "name": "homeassistant"}, "vulnerable_version_range": "< 2026.9.0", "first_patched_version": "2026.9.0", "vulnerable_functions": []}]}]
        """;

    private const string CoreAdvisoryInOsv = """
        {"vulns": [{"id": "PYSEC-2026-77", "summary": "Stored XSS in a dashboard card", "aliases": ["GHSA-9f2c-7w4m-x3q8", "CVE-2026-40001"], "modified": "2026-09-02T00:00:00Z",
          "affected": [{"package": {"name": "homeassistant", "ecosystem": "PyPI"}, "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "2026.9.0"}]}]}],
          "database_specific": {"severity": "MODERATE"}}]}
        """;

    private FakeAdvisoryDatabases _databases = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _databases = await FakeAdvisoryDatabases.StartAsync();
    }

    public override async Task DisposeAsync()
    {
        await _databases.DisposeAsync();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task RunAsync_OptionOff_IsSkippedAndSendsNothing()
    {
        await using var live = Live(enabled: false);

        var result = await live.RunAsync<AdvisoriesCheck>();

        Assert.Equal(CheckStatus.Skipped, result.Status);
        Assert.Empty(_databases.Requests);
    }

    [Fact]
    public async Task RunAsync_NothingPublished_PassesAfterAskingEachDatabaseForTheInstalledVersions()
    {
        await using var live = Live();

        var result = await live.RunAsync<AdvisoriesCheck>();

        Assert.Equal(CheckStatus.Pass, result.Status);
        Assert.Equal("No medium, high or critical advisory affects Home Assistant Core 2026.8.3, Supervisor 2026.08.0, Home Assistant OS 16.1.", result.Summary);
        Assert.Contains("GET /github/advisories?ecosystem=pip&affects=homeassistant%402026.8.3&per_page=100", _databases.Requests);
        Assert.Contains("""POST /osv/v1/query {"version":"2026.8.3","package":{"name":"homeassistant","ecosystem":"PyPI"}}""", _databases.Requests);
        Assert.Contains("GET /github/repos/home-assistant/operating-system/security-advisories?state=published&per_page=100", _databases.Requests);
        Assert.Equal(5, _databases.Requests.Count);
    }

    [Fact]
    public async Task RunAsync_SupervisorBeforeTheFix_FailsWithTheAdvisoryPublishedInTheOsRepository()
    {
        Supervisor.SetData("/supervisor/info", """{"version": "2026.03.1", "version_latest": "2026.08.0", "update_available": true, "addons": []}""");
        _databases.RepositoryAdvisories["home-assistant/operating-system"] = HostNetworkAdvisory;
        await using var live = Live();

        var result = await live.RunAsync<AdvisoriesCheck>();

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Contains("Supervisor: GHSA-gh5m-4m97-c95h (CVE-2026-34205), critical, fixed in 2026.03.2: Unauthenticated app (add-on) endpoints exposed to local network via host network mode", result.Details);
        Assert.Equal("advisories:advisory:GHSA-gh5m-4m97-c95h", result.Findings.Single().Id);
        Assert.Equal("Update Supervisor to 2026.03.2 or newer.", result.Findings.Single().Fix);
    }

    [Fact]
    public async Task RunAsync_SupervisorWithTheFix_IsNotAffected()
    {
        _databases.RepositoryAdvisories["home-assistant/operating-system"] = HostNetworkAdvisory;
        await using var live = Live();

        Assert.Equal(CheckStatus.Pass, (await live.RunAsync<AdvisoriesCheck>()).Status);
    }

    [Fact]
    public async Task RunAsync_SameCoreAdvisoryInGitHubAndOsv_WarnsOnce()
    {
        _databases.GlobalAdvisories = CoreAdvisory;
        _databases.OsvAnswer = CoreAdvisoryInOsv;
        await using var live = Live();

        var result = await live.RunAsync<AdvisoriesCheck>();

        Assert.Equal(CheckStatus.Warn, result.Status);
        var finding = result.Findings.Single();
        Assert.Equal("advisories:advisory:GHSA-9f2c-7w4m-x3q8", finding.Id);
        Assert.Equal("Update Home Assistant Core to 2026.9.0 or newer.", finding.Fix);
    }

    [Fact]
    public async Task RunAsync_RateLimitedAndNothingElseFound_IsUnavailableNeverPass()
    {
        _databases.GitHubRateLimited = true;
        await using var live = Live();

        var result = await live.RunAsync<AdvisoriesCheck>();

        Assert.Equal(CheckStatus.Unavailable, result.Status);
        Assert.Contains("refused the lookup for now (rate limit)", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SecondRunTheSameDay_AnswersFromTheCacheWithoutAsking()
    {
        _databases.GlobalAdvisories = CoreAdvisory;
        await using var live = Live();
        await live.RunAsync<AdvisoriesCheck>();
        var asked = _databases.Requests.Count;

        var again = await live.RunAsync<AdvisoriesCheck>();

        Assert.Equal(CheckStatus.Warn, again.Status);
        Assert.Equal(asked, _databases.Requests.Count);
    }

    [Fact]
    public async Task Audit_ShippedBinaryWithTheOption_FailsForTheSupervisorAdvisory()
    {
        Supervisor.SetData("/supervisor/info", """{"version": "2026.03.1", "addons": []}""");
        _databases.RepositoryAdvisories["home-assistant/operating-system"] = HostNetworkAdvisory;
        var folder = Directory.CreateTempSubdirectory("gatehouse-advisories-").FullName;
        try
        {
            var options = Path.Combine(folder, "options.json");
            await File.WriteAllTextAsync(options, """{"advisories_check": true}""");
            await using var audit = GatehouseProcess.Start(new Dictionary<string, string?>
            {
                ["SUPERVISOR_URL"] = Supervisor.BaseUrl.ToString(),
                ["SUPERVISOR_TOKEN"] = FakeSupervisor.AddonToken,
                ["GATEHOUSE_OPTIONS"] = options,
                ["GATEHOUSE_DATA"] = folder,
                ["GATEHOUSE_HA_CONFIG"] = Path.Combine(folder, "no-config-folder"),
                ["GATEHOUSE_GITHUB_API_URL"] = _databases.GitHubApiUrl.ToString(),
                ["GATEHOUSE_OSV_URL"] = _databases.OsvUrl.ToString(),
            }, "audit", "--format", "json");

            await audit.WaitForExitAsync(TestSettings.Timeout);
            var advisories = AuditJson.Check(audit, "advisories");
            Assert.Equal("fail", (string?)advisories["status"]);
            Assert.Contains("CVE-2026-34205", (string?)advisories["summary"], StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(folder, "advisories.json")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private LiveChecks Live(bool enabled = true)
    {
        var live = LiveChecks.AsAddon(Supervisor);
        live.Options["advisories_check"] = enabled;
        live.Variables["GATEHOUSE_GITHUB_API_URL"] = _databases.GitHubApiUrl.ToString();
        live.Variables["GATEHOUSE_OSV_URL"] = _databases.OsvUrl.ToString();
        return live;
    }
}
