using Gatehouse.Hosting;
using Gatehouse.IntegrationTests.Fakes.Internet;
using Gatehouse.IntegrationTests.Fakes.Supervisor;
using Gatehouse.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Checks;

/// <summary>
/// The <c>Gatehouse audit</c> binary in the add-on's environment: the options file of <c>run</c> (GATEHOUSE_OPTIONS) and the live
/// Supervisor and HA (through its proxy) feed the checks, as they do for the service.
/// </summary>
public sealed class AuditLiveSourcesTests : SupervisedHomeAssistantTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gatehouse-audit-live-").FullName;
    private FakeInternetLookups _internet = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _internet = await FakeInternetLookups.StartAsync();
    }

    public override async Task DisposeAsync()
    {
        await _internet.DisposeAsync();
        await base.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task RunAsync_InTheAddonEnvironment_UsesTheSupervisorHaAndTheOptionsFile()
    {
        _internet.Record = RemoteExposureCheckTests.Record(ports: [8123]);
        var options = Path.Combine(_folder, "options.json");
        await File.WriteAllTextAsync(options, """{"remote_exposure_check": true, "allowed_ports": [8123], "scan_hosts": ["127.0.0.1"]}""");
        var variables = new Dictionary<string, string?>
        {
            ["SUPERVISOR_URL"] = Supervisor.BaseUrl.ToString(),
            ["SUPERVISOR_TOKEN"] = FakeSupervisor.AddonToken,
            ["GATEHOUSE_OPTIONS"] = options,
            ["GATEHOUSE_DATA"] = _folder,
            ["GATEHOUSE_HA_CONFIG"] = Path.Combine(_folder, "no-config-folder"),
            ["GATEHOUSE_PUBLIC_IP_URL"] = _internet.PublicIpUrl.ToString(),
            ["GATEHOUSE_INTERNETDB_URL"] = _internet.InternetDbUrl.ToString(),
        };

        // The binary itself, so the records read from the Supervisor are proven in the build that ships.
        await using var audit = GatehouseProcess.Start(variables, "audit", "--format", "json");

        Assert.Equal(ExitCodes.AuditFailed, await audit.WaitForExitAsync(TestSettings.Timeout));
        var output = string.Join('\n', audit.Output);
        var checks = JObject.Parse(output)["checks"]!.ToDictionary(c => c.Value<string>("id")!, c => (JObject)c);
        Assert.Equal("fail", checks["supervisor_health"].Value<string>("status"));
        Assert.Contains(checks["updates"].Value<string>("status"), new[] { "warn", "fail" });
        Assert.Contains("Tailscale: 0.24.0 → 0.25.1", checks["updates"]["details"]!.Values<string>());
        Assert.Equal("skipped", checks["tls"].Value<string>("status"));
        Assert.Equal("pass", checks["remote_exposure"].Value<string>("status"));
        Assert.Equal("warn", checks["remote_access"].Value<string>("status"));
        Assert.NotEqual("unavailable", checks["open_ports"].Value<string>("status"));
        Assert.Equal("pass", checks["addons"].Value<string>("status"));
        Assert.Contains("Tailscale", checks["addons"]["details"]!.Values<string>());
        Assert.DoesNotContain(FakeSupervisor.AddonToken, output, StringComparison.Ordinal);
    }
}
