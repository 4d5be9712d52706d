using Gatehouse.IntegrationTests.Fakes.HomeAssistant;
using Gatehouse.IntegrationTests.Fakes.Supervisor;
using Gatehouse.IntegrationTests.Infrastructure;

namespace Gatehouse.IntegrationTests.HomeAssistant;

/// <summary>The binary, configured as a user configures it, connects to HA in both addressing modes.</summary>
public sealed class GatehouseConnectsTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gatehouse-ha-").FullName;
    private FakeHomeAssistant _ha = null!;

    public async Task InitializeAsync() => _ha = await FakeHomeAssistant.StartAsync();

    public async Task DisposeAsync()
    {
        await _ha.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Run_HaUrlAndToken_ConnectsAndNeverPrintsTheToken()
    {
        await using var process = GatehouseProcess.Start(Environment(new()
        {
            ["HA_URL"] = _ha.BaseUrl.ToString(),
            ["HA_TOKEN"] = FakeHomeAssistant.Token,
        }));

        var line = await process.WaitForLineAsync("Connected to Home Assistant");
        Assert.Equal(0, await process.StopAsync(TestSettings.Timeout));

        Assert.Contains($"Connected to Home Assistant {_ha.HaVersion} at {_ha.WebSocketUrl}.", line, StringComparison.Ordinal);
        Assert.Equal(1, _ha.AuthenticatedConnections);
        Assert.DoesNotContain(process.Output, l => l.Contains(FakeHomeAssistant.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_AsAddon_ConnectsThroughTheSupervisorProxy()
    {
        await using var supervisor = await FakeSupervisor.StartAsync();
        supervisor.HomeAssistant = _ha;
        await using var process = GatehouseProcess.Start(Environment(new()
        {
            ["SUPERVISOR_URL"] = supervisor.BaseUrl.ToString(),
            ["SUPERVISOR_TOKEN"] = FakeSupervisor.AddonToken,
        }));

        await process.WaitForLineAsync($"Connected to Home Assistant {_ha.HaVersion}");
        Assert.Equal(0, await process.StopAsync(TestSettings.Timeout));

        Assert.Equal(1, _ha.AuthenticatedConnections);
        Assert.DoesNotContain(process.Output, l => l.Contains(FakeSupervisor.AddonToken, StringComparison.Ordinal));
    }

    private Dictionary<string, string?> Environment(Dictionary<string, string?> extra)
    {
        // As an add-on the options file must exist (the Supervisor always writes one).
        var options = Path.Combine(_folder, "options.json");
        File.WriteAllText(options, "{}");
        extra["GATEHOUSE_OPTIONS"] = options;
        extra["GATEHOUSE_DATA"] = _folder;
        extra["GATEHOUSE_HA_CONFIG"] = _folder;
        return extra;
    }
}
