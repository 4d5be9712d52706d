using Gatehouse.Checks;
using Gatehouse.Checks.Catalog;
using Gatehouse.IntegrationTests.Fakes.Supervisor;
using Gatehouse.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Checks;

/// <summary>remote_access: VPN add-ons found with the default role and with manager, none, refused.</summary>
public sealed class RemoteAccessCheckTests : SupervisedHomeAssistantTests
{
    private readonly string _configFolder = Directory.CreateTempSubdirectory("gatehouse-cloud-").FullName;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_configFolder, recursive: true);
    }

    [Fact]
    public async Task RunAsync_RemoteUiOnInTheConfigFolder_PassesThroughHomeAssistantCloud()
    {
        Supervisor.SetData("/supervisor/info", """{"version": "2026.08.0", "addons": []}""");
        Directory.CreateDirectory(Path.Combine(_configFolder, ".cloud"));
        Directory.CreateDirectory(Path.Combine(_configFolder, ".storage"));
        await File.WriteAllTextAsync(Path.Combine(_configFolder, ".cloud", "production_auth.json"), "{}");
        await File.WriteAllTextAsync(Path.Combine(_configFolder, ".storage", "cloud"), """{"version": 1, "key": "cloud", "data": {"remote_enabled": true}}""");
        await using var live = LiveChecks.AsAddon(Supervisor);
        live.Variables["GATEHOUSE_HA_CONFIG"] = _configFolder;

        var result = await live.RunAsync<RemoteAccessCheck>();

        Assert.Equal(CheckStatus.Pass, result.Status);
        Assert.Equal("Reached from outside through Home Assistant Cloud's Remote UI, which opens no port on the router.", result.Summary);
    }

    [Fact]
    public async Task RunAsync_CloudLoadedButNoConfigFolder_SaysRemoteUiIsUnknown()
    {
        Supervisor.SetData("/supervisor/info", """{"version": "2026.08.0", "addons": []}""");
        Ha.ConfigOverrides["components"] = new JArray("http", "cloud", "mqtt");
        await using var live = LiveChecks.AsAddon(Supervisor);

        var result = await live.RunAsync<RemoteAccessCheck>();

        Assert.Equal(CheckStatus.Pass, result.Status);
        Assert.Contains("Home Assistant Cloud is set up; whether its Remote UI is on could not be read from the config folder", result.Details);
    }

    [Fact]
    public async Task RunAsync_DefaultRole_FindsTailscaleInSupervisorInfo()
    {
        await using var live = LiveChecks.AsAddon(Supervisor);

        var result = await live.RunAsync<RemoteAccessCheck>();

        Assert.Equal(CheckStatus.Pass, result.Status);
        Assert.Equal("Reached from outside through Tailscale (VPN), which opens no port on the router.", result.Summary);
        Assert.Contains(Supervisor.Requests, r => r.Path == "/addons");
        Assert.Contains("Port forwarding not checked: remote_exposure_check is off", result.Details);
    }

    [Fact]
    public async Task RunAsync_ManagerRole_ReadsTheAddonList()
    {
        Supervisor.Role = SupervisorAccessRules.ManagerRole;
        Supervisor.SetData("/supervisor/info", """{"version": "2026.08.0", "addons": []}""");

        await using var live = LiveChecks.AsAddon(Supervisor);
        var result = await live.RunAsync<RemoteAccessCheck>();

        Assert.Equal(CheckStatus.Pass, result.Status);
        Assert.Contains("Tailscale (VPN) add-on, running", result.Details);
    }

    [Fact]
    public async Task RunAsync_StoppedTunnelOnly_PassesAsHomeOnlyAndSaysItIsStopped()
    {
        Supervisor.SetData("/supervisor/info", """{"version": "2026.08.0", "addons": [{"name": "Cloudflared", "slug": "9074a9fa_cloudflared", "state": "stopped"}]}""");

        await using var live = LiveChecks.AsAddon(Supervisor);
        var result = await live.RunAsync<RemoteAccessCheck>();

        Assert.Equal(CheckStatus.Pass, result.Status);
        Assert.StartsWith("No VPN, tunnel or Remote UI found", result.Summary, StringComparison.Ordinal);
        Assert.Contains("(port forwarding was not checked)", result.Summary, StringComparison.Ordinal);
        Assert.Contains("Cloudflare Tunnel add-on, installed but not running", result.Details);
    }

    [Fact]
    public async Task RunAsync_NoHassioApi_IsUnavailable()
    {
        Supervisor.HassioApi = false;

        await using var live = LiveChecks.AsAddon(Supervisor);
        var result = await live.RunAsync<RemoteAccessCheck>();

        Assert.Equal(CheckStatus.Unavailable, result.Status);
    }

    [Fact]
    public async Task RunAsync_Standalone_IsUnavailable()
    {
        await using var live = new LiveChecks();

        var result = await live.RunAsync<RemoteAccessCheck>();

        Assert.Equal(CheckStatus.Unavailable, result.Status);
    }
}
