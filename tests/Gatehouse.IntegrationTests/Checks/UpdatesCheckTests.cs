using Gatehouse.Checks;
using Gatehouse.Checks.Catalog;
using Gatehouse.IntegrationTests.Fakes.HomeAssistant;
using Gatehouse.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Checks;

/// <summary>
/// updates against the fake Supervisor's recorded versions (Core 2026.8.3 → 2026.9.1, OS 16.1 → 16.2, Tailscale
/// 0.24.0 → 0.25.1) and HA's update entities through the Supervisor's proxy.
/// </summary>
public sealed class UpdatesCheckTests : SupervisedHomeAssistantTests
{
    [Fact]
    public async Task RunAsync_CoreReleaseOutForUnderThirtyDays_WarnsNamingEachUpdateOnce()
    {
        Ha.AddStates([
            UpdateEntity("update.my_renamed_core", "Home Assistant Core", "2026.8.3", "2026.9.1", At("2026-09-03")),
            UpdateEntity("update.vpn", "Tailscale", "0.24.0", "0.25.1", At("2026-09-10"), "/api/hassio/addons/a0d7b954_tailscale/icon"),
            UpdateEntity("update.kitchen_firmware", "Kitchen sensor", "2025.1.0", "2025.2.0", At("2026-09-01")),
            UpdateEntity("update.up_to_date", "Garage sensor", "1.0", "1.0", At("2026-09-01"), state: "off"),
        ]);
        await using var live = LiveChecks.AsAddon(Supervisor);

        var result = await live.RunAsync<UpdatesCheck>(Clock("2026-09-20"));

        Assert.Equal(CheckStatus.Warn, result.Status);
        Assert.Equal("4 updates are waiting to be installed.", result.Summary);
        Assert.Equal(
        [
            "Home Assistant Core: 2026.8.3 → 2026.9.1 (waiting since 2 Sep 2026)",
            "Home Assistant Operating System: 16.1 → 16.2",
            "Tailscale: 0.24.0 → 0.25.1 (waiting since 10 Sep 2026)",
            "Kitchen sensor: 2025.1.0 → 2025.2.0 (waiting since 1 Sep 2026)",
        ], result.Details);
    }

    [Fact]
    public async Task RunAsync_CoreBehindAReleaseOlderThanThirtyDays_Fails()
    {
        await using var live = LiveChecks.AsAddon(Supervisor);

        var result = await live.RunAsync<UpdatesCheck>(Clock("2026-11-28"));

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.StartsWith("Home Assistant Core is behind by a release out for more than 30 days", result.Summary, StringComparison.Ordinal);
        Assert.Contains("Settings > System > Updates", result.Remediation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_OsUpdateKnownForOverThirtyDays_FailsOnTheOsAlone()
    {
        Supervisor.SetData("/core/info", """{"version": "2026.9.1", "version_latest": "2026.9.1", "update_available": false}""");
        Ha.AddStates([UpdateEntity("update.os", "Home Assistant Operating System", "16.1", "16.2", At("2026-08-01"))]);
        await using var live = LiveChecks.AsAddon(Supervisor);

        var result = await live.RunAsync<UpdatesCheck>(Clock("2026-09-20"));

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.StartsWith("Home Assistant Operating System is behind", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NothingNewer_Passes()
    {
        Supervisor.SetData("/core/info", """{"version": "2026.9.1", "version_latest": "2026.9.1", "update_available": false}""");
        Supervisor.SetData("/os/info", """{"version": null, "version_latest": null, "update_available": false}""");
        Supervisor.SetData("/supervisor/info", """{"version": "2026.08.0", "version_latest": "2026.08.0", "update_available": false, "addons": []}""");
        await using var live = LiveChecks.AsAddon(Supervisor);

        var result = await live.RunAsync<UpdatesCheck>(Clock("2026-09-20"));

        Assert.Equal(CheckStatus.Pass, result.Status);
    }

    [Fact]
    public async Task RunAsync_SupervisorNotReady_IsUnavailableNotPass()
    {
        Supervisor.NotReadyState = "setup";
        await using var live = LiveChecks.AsAddon(Supervisor);
        // The proxy is not ready either: HA is reached directly here, so only the Supervisor's answer is at stake.
        live.Variables["HA_URL"] = Ha.BaseUrl.ToString();
        live.Variables["HA_TOKEN"] = FakeHomeAssistant.Token;

        var result = await live.RunAsync<UpdatesCheck>(Clock("2026-09-20"));

        Assert.Equal(CheckStatus.Unavailable, result.Status);
        Assert.Contains("not ready", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_StandaloneWithHomeAssistant_ReadsTheEntitiesAlone()
    {
        Ha.AddStates([UpdateEntity("update.kitchen_firmware", "Kitchen sensor", "2025.1.0", "2025.2.0", At("2026-09-01"))]);
        await using var live = new LiveChecks();
        live.Variables["HA_URL"] = Ha.BaseUrl.ToString();
        live.Variables["HA_TOKEN"] = FakeHomeAssistant.Token;

        var result = await live.RunAsync<UpdatesCheck>(Clock("2026-09-20"));

        Assert.Equal(CheckStatus.Warn, result.Status);
        Assert.Equal(["Kitchen sensor: 2025.1.0 → 2025.2.0 (waiting since 1 Sep 2026)"], result.Details);
        Assert.Empty(Supervisor.Requests);
    }

    [Fact]
    public async Task RunAsync_StandaloneOldCoreWithoutUpdateEntities_FailsByTheReleaseCalendar()
    {
        await using var old = await FakeHomeAssistant.StartAsync(HaGeneration.Until2023_5);
        await using var live = new LiveChecks();
        live.Variables["HA_URL"] = old.BaseUrl.ToString();
        live.Variables["HA_TOKEN"] = FakeHomeAssistant.Token;

        var result = await live.RunAsync<UpdatesCheck>(Clock("2026-12-07"));

        // HA 2022.12 without a Supervisor offers no update entity: its own version, held against the calendar, is years behind.
        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Equal(["Home Assistant Core: 2022.12.9 → 2026.12 or later (waiting since 4 Jan 2023)"], result.Details);
    }

    [Fact]
    public async Task RunAsync_StandaloneCoreVersionUnknown_IsUnavailableNotPass()
    {
        Ha.ConfigOverrides["version"] = "unknown";
        await using var live = new LiveChecks();
        live.Variables["HA_URL"] = Ha.BaseUrl.ToString();
        live.Variables["HA_TOKEN"] = FakeHomeAssistant.Token;

        var result = await live.RunAsync<UpdatesCheck>(Clock("2026-09-20"));

        Assert.Equal(CheckStatus.Unavailable, result.Status);
        Assert.Contains("whether Core is current cannot be told", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoHomeAssistant_IsUnavailable()
    {
        await using var live = new LiveChecks();

        var result = await live.RunAsync<UpdatesCheck>(Clock("2026-09-20"));

        Assert.Equal(CheckStatus.Unavailable, result.Status);
        Assert.Contains("--ha-url", result.Summary, StringComparison.Ordinal);
    }

    internal static JObject UpdateEntity(string entityId, string title, string installed, string latest, DateTimeOffset changed, string? picture = null, string state = "on") => new()
    {
        ["entity_id"] = entityId,
        ["state"] = state,
        ["attributes"] = new JObject
        {
            ["auto_update"] = false,
            ["installed_version"] = installed,
            ["latest_version"] = latest,
            ["skipped_version"] = null,
            ["title"] = title,
            ["friendly_name"] = title + " Update",
            ["entity_picture"] = picture ?? "https://brands.home-assistant.io/_/update/icon.png",
            ["supported_features"] = 1,
        },
        ["last_changed"] = HaWire.Time(changed),
        ["last_updated"] = HaWire.Time(changed),
        ["context"] = HaWire.Context(),
    };

    private static DateTimeOffset At(string day) => DateTimeOffset.Parse(day + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private static FakeTimeProvider Clock(string day) => new(At(day));
}
