using Gatehouse.Checks;
using Gatehouse.Checks.Catalog;
using Gatehouse.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Checks;

/// <summary>addons: each installed add-on's /addons/&lt;slug&gt;/info read with the default role, as the Supervisor answers it.</summary>
public sealed class AddonsCheckTests : SupervisedHomeAssistantTests
{
    [Fact]
    public async Task RunAsync_RecordedAddonsOnACurrentSupervisor_Pass()
    {
        await using var live = LiveChecks.AsAddon(Supervisor);

        var result = await live.RunAsync<AddonsCheck>();

        Assert.Equal(CheckStatus.Pass, result.Status);
        Assert.Equal(["Gatehouse", "Mosquitto broker", "Tailscale"], result.Details);
        Assert.Contains(Supervisor.Requests, r => r.Path == "/addons/a0d7b954_tailscale/info");
    }

    [Fact]
    public async Task RunAsync_PortainerWithProtectionOff_FailsNamingItAndTheFix()
    {
        WithAddons(("a0d7b954_portainer", "Portainer", """{"protected": false, "docker_api": true, "rating": 1, "repository": "a0d7b954", "host_network": false}"""));

        await using var live = LiveChecks.AsAddon(Supervisor);
        var result = await live.RunAsync<AddonsCheck>();

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Equal(["Portainer: protection mode off, so it has control of every container (Docker API)"], result.Details);
        Assert.StartsWith("Portainer: turn Protection mode on", result.Remediation, StringComparison.Ordinal);
        Assert.Equal("addons:protection:a0d7b954_portainer", result.Findings.Single().Id);
    }

    [Fact]
    public async Task RunAsync_HostNetworkAddonUnderAnAffectedSupervisor_FailsWithTheAdvisory()
    {
        Supervisor.SetData("/supervisor/info", """{"version": "2026.03.1", "addons": [{"name": "Tailscale", "slug": "a0d7b954_tailscale", "state": "started", "repository": "a0d7b954"}]}""");

        await using var live = LiveChecks.AsAddon(Supervisor);
        var result = await live.RunAsync<AddonsCheck>();

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Contains("CVE-2026-34205", result.Details.Single(), StringComparison.Ordinal);
        Assert.Contains("update the Supervisor to 2026.3.2 or newer", result.Remediation, StringComparison.Ordinal);
        Assert.Equal([("addons:advisory:a0d7b954_tailscale", CheckStatus.Fail)], result.Findings.Select(f => (f.Id, f.Status)));
    }

    [Fact]
    public async Task RunAsync_ThirdPartyAddonOnTheHostNetworkWithPorts_Warns()
    {
        WithAddons(("9074a9fa_frigate", "Frigate", """{"protected": true, "rating": 3, "apparmor": "disable", "repository": "9074a9fa", "host_network": true, "network": {"5000/tcp": 5000, "8554/tcp": 8554, "1984/tcp": null}}"""));

        await using var live = LiveChecks.AsAddon(Supervisor);
        var result = await live.RunAsync<AddonsCheck>();

        Assert.Equal(CheckStatus.Warn, result.Status);
        Assert.Equal(["Frigate: on the host's network with ports 5000, 8554 open on every interface; security rating 3 of 8; AppArmor disabled; from a third-party repository"], result.Details);
    }

    [Fact]
    public async Task RunAsync_OneAddonsInfoRefused_IsUnavailableNamingIt()
    {
        Supervisor.SetRawBody("/addons/a0d7b954_tailscale/info", "<html>not json</html>");

        await using var live = LiveChecks.AsAddon(Supervisor);
        var result = await live.RunAsync<AddonsCheck>();

        Assert.Equal(CheckStatus.Unavailable, result.Status);
        Assert.Contains("the Tailscale add-on's details could not be read", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoSupervisor_IsUnavailable()
    {
        await using var live = new LiveChecks();

        Assert.Equal(CheckStatus.Unavailable, (await live.RunAsync<AddonsCheck>()).Status);
    }

    /// <summary>The installed list (as the default role sees it in /supervisor/info) and each add-on's info over Mosquitto's recorded one.</summary>
    private void WithAddons(params (string Slug, string Name, string Overrides)[] addons)
    {
        var listed = addons.Select(a => $$"""{"name": "{{a.Name}}", "slug": "{{a.Slug}}", "state": "started", "repository": "{{a.Slug.Split('_')[0]}}"}""");
        Supervisor.SetData("/supervisor/info", $$"""{"version": "2026.08.0", "addons": [{{string.Join(",", listed)}}]}""");
        foreach (var (slug, name, overrides) in addons)
        {
            var info = (JObject)JObject.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Supervisor", "addon_core_mosquitto_info.json")))["data"]!;
            foreach (var field in JObject.Parse(overrides).Properties())
            {
                info[field.Name] = field.Value;
            }
            info["slug"] = slug;
            info["name"] = name;
            Supervisor.SetData($"/addons/{slug}/info", info.ToString());
        }
    }
}
