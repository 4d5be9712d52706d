using System.Net;
using System.Text;
using Gatehouse.HomeAssistant.Supervisor;
using Gatehouse.HomeAssistant.Supervisor.Models;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Tests.HomeAssistant.Supervisor;

/// <summary>
/// How the Supervisor's answers read into their records: its names, the versions every updatable part reports, lists
/// of records, defaults for what is missing or null, and "could not be read" (never a crash) for what does not fit.
/// </summary>
public sealed class SupervisorResponseReaderTests
{
    [Fact]
    public async Task ReadJsonAsync_CoreInfo_FieldsVersionsAndTheAnswerAsSent()
    {
        var core = await ReadAsync(CoreInfo.Read, """
            {"version": "2026.9.2", "version_latest": "2026.10.0", "update_available": true, "machine": "qemux86-64",
             "ip_address": "172.30.32.1", "arch": "amd64", "port": 8123, "ssl": false, "watchdog": true, "image": "ghcr.io/home-assistant/qemux86-64-homeassistant"}
            """);

        Assert.Equal(("2026.9.2", "2026.10.0", true, true), (core.Version, core.VersionLatest, core.UpdateAvailable, core.HasPendingUpdate));
        Assert.Equal(("qemux86-64", "172.30.32.1", "amd64", 8123, false, true), (core.Machine, core.IpAddress, core.Arch, core.Port, core.Ssl, core.Watchdog));
        Assert.Equal("ghcr.io/home-assistant/qemux86-64-homeassistant", (string?)core.Json["image"]);
    }

    [Fact]
    public async Task ReadJsonAsync_MqttServicePortAsText_ReadsThePort()
    {
        var mqtt = await ReadAsync(MqttService.Read, """{"host": "core-mosquitto", "port": "1883", "ssl": "true", "username": "addons", "password": "pw"}""");

        Assert.Equal(("core-mosquitto", 1883, true, "addons", "pw"), (mqtt.Host, mqtt.Port, mqtt.Ssl, mqtt.Username, mqtt.Password));
    }

    [Fact]
    public async Task ReadJsonAsync_SupervisorInfo_InstalledAddons()
    {
        var info = await ReadAsync(SupervisorInfo.Read, """
            {"version": "2026.11.1", "channel": "stable", "arch": "amd64", "supported": true, "healthy": false, "auto_update": null,
             "addons": [{"name": "Mosquitto broker", "slug": "core_mosquitto", "version": "6.5.0", "version_latest": "6.5.1",
                         "update_available": true, "state": "started", "repository": "core", "icon": true}]}
            """);

        Assert.Equal(("stable", "amd64", true, false, (bool?)null), (info.Channel, info.Arch, info.Supported, info.Healthy, info.AutoUpdate));
        var addon = Assert.Single(info.Addons);
        Assert.Equal(("Mosquitto broker", "core_mosquitto", "started", "core", "6.5.0", "6.5.1", true),
            (addon.Name, addon.Slug, addon.State, addon.Repository, addon.Version, addon.VersionLatest, addon.UpdateAvailable));
    }

    [Fact]
    public async Task ReadJsonAsync_AddonInfo_Permissions()
    {
        var addon = await ReadAsync(AddonInfo.Read, """
            {"name": "Gatehouse", "slug": "a0d7b954_gatehouse", "state": "started", "protected": true, "rating": 7,
             "host_network": false, "hassio_api": true, "hassio_role": "default", "homeassistant_api": true, "ingress": true,
             "network": {"8080/tcp": 8080, "53/udp": null}, "full_access": false, "docker_api": false, "apparmor": "default",
             "ip_address": "172.30.33.4", "version": "1.4.0", "version_latest": "1.4.0", "update_available": false}
            """);

        Assert.Equal(("Gatehouse", "a0d7b954_gatehouse", "started", true, 7), (addon.Name, addon.Slug, addon.State, addon.Protected, addon.Rating));
        Assert.Equal((false, true, "default", true, true), (addon.HostNetwork, addon.HassioApi, addon.HassioRole, addon.HomeAssistantApi, addon.Ingress));
        Assert.Equal((false, false, "default", "172.30.33.4"), (addon.FullAccess, addon.DockerApi, addon.Apparmor, addon.IpAddress));
        Assert.Equal(8080, (int)addon.Network!["8080/tcp"]!);
        Assert.False(addon.HasPendingUpdate);
    }

    [Fact]
    public async Task ReadJsonAsync_Backups_LocationsKeepTheDataDiskAsNull()
    {
        var backups = await ReadAsync(BackupsInfo.Read, """
            {"backups": [{"slug": "b1", "name": "Nightly", "date": "2026-11-27T03:00:00+00:00", "type": "full", "protected": true,
                          "location": null, "locations": [null, "nas"], "location_attributes": {".local": {"protected": true}}}]}
            """);

        var backup = Assert.Single(backups.Backups);
        Assert.Equal(("b1", "Nightly", "2026-11-27T03:00:00+00:00", "full", true, null), (backup.Slug, backup.Name, backup.Date, backup.Type, backup.Protected, backup.Location));
        Assert.Equal([null, "nas"], backup.Locations!);
        Assert.True((bool)backup.LocationAttributes![SupervisorBackup.LocalLocation]!["protected"]!);
    }

    [Fact]
    public async Task ReadJsonAsync_Resolution_ListsOfEntries()
    {
        var resolution = await ReadAsync(ResolutionInfo.Read, """
            {"unsupported": ["os"], "unhealthy": [], "issues": [{"uuid": "i1", "type": "pwned", "context": "addon", "reference": "x"}],
             "suggestions": [{"type": "execute_update", "context": "core", "reference": null}], "checks": [{"slug": "free_space", "enabled": true}]}
            """);

        Assert.Equal(["os"], resolution.Unsupported);
        Assert.Empty(resolution.Unhealthy);
        Assert.Equal(("i1", "pwned", "addon", "x"), (resolution.Issues[0].Uuid, resolution.Issues[0].Type, resolution.Issues[0].Context, resolution.Issues[0].Reference));
        Assert.Equal(("execute_update", "core", null), (resolution.Suggestions[0].Type, resolution.Suggestions[0].Context, resolution.Suggestions[0].Reference));
        Assert.Equal(("free_space", true), (resolution.Checks[0].Slug, resolution.Checks[0].Enabled));
    }

    [Fact]
    public async Task ReadJsonAsync_HostAndOs_NullsWhereTheHostHasNoValue()
    {
        var host = await ReadAsync(HostInfo.Read, """{"hostname": "homeassistant", "features": ["reboot"], "disk_free": 20.5, "disk_total": 31, "chassis": null}""");
        var os = await ReadAsync(OsInfo.Read, """{"version": null, "version_latest": null, "update_available": false, "board": null, "boot": null}""");

        Assert.Equal(("homeassistant", 20.5, 31.0, null), (host.Hostname, host.DiskFreeGigabytes, host.DiskTotalGigabytes, host.Chassis));
        Assert.Equal(["reboot"], host.Features);
        Assert.Equal((null, null, false, null), (os.Version, os.VersionLatest, os.UpdateAvailable, os.Board));
    }

    [Theory]
    [InlineData("""{"host": "core-mosquitto", "port": "one"}""")]
    [InlineData("""{"host": {"name": "core-mosquitto"}}""")]
    [InlineData("""{"host": "core-mosquitto", "ssl": "maybe"}""")]
    [InlineData("""["core-mosquitto"]""")]
    [InlineData("\"core-mosquitto\"")]
    public async Task ReadJsonAsync_DataThatDoesNotFit_CouldNotBeRead(string data)
    {
        var result = await SupervisorResponseReader.ReadJsonAsync(Answer(data), "/services/mqtt", MqttService.Read, CancellationToken.None);

        Assert.Equal(SupervisorOutcome.Failed, result.Outcome);
        Assert.StartsWith("The Supervisor's answer to /services/mqtt could not be read (HTTP 200)", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"addons": [null]}""")]
    [InlineData("""{"addons": ["core_mosquitto"]}""")]
    [InlineData("""{"addons": {"slug": "core_mosquitto"}}""")]
    public async Task ReadJsonAsync_ListOfRecordsThatDoesNotFit_CouldNotBeRead(string data)
    {
        var result = await SupervisorResponseReader.ReadJsonAsync(Answer(data), "/addons", AddonList.Read, CancellationToken.None);

        Assert.Equal(SupervisorOutcome.Failed, result.Outcome);
    }

    private static async Task<T> ReadAsync<T>(Func<JToken, T> read, string data)
        where T : class
    {
        var result = await SupervisorResponseReader.ReadJsonAsync(Answer(data), "/test", read, CancellationToken.None);
        Assert.True(result.IsOk, result.Message);
        return result.Data!;
    }

    private static HttpResponseMessage Answer(string data) => new(HttpStatusCode.OK)
    {
        Content = new StringContent($$"""{"result": "ok", "data": {{data}}}""", Encoding.UTF8, "application/json"),
    };
}
