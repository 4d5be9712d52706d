using Gatehouse.Checks;
using Gatehouse.Checks.Catalog;
using Gatehouse.IntegrationTests.Fakes.Supervisor;

namespace Gatehouse.IntegrationTests.Checks;

/// <summary>supervisor_health against the fake Supervisor: recorded, scripted, refused and not ready.</summary>
public sealed class SupervisorHealthCheckTests : IAsyncLifetime
{
    private FakeSupervisor _supervisor = null!;

    public async Task InitializeAsync() => _supervisor = await FakeSupervisor.StartAsync();

    public async Task DisposeAsync() => await _supervisor.DisposeAsync();

    [Fact]
    public async Task RunAsync_PwnedAddonPassword_FailsNamingTheAddon()
    {
        await using var live = LiveChecks.AsAddon(_supervisor);

        var result = await live.RunAsync<SupervisorHealthCheck>();

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Contains("add-on local_example: a password in its settings appears in public lists of leaked passwords", result.Summary, StringComparison.Ordinal);
        Assert.Contains("Suggested: execute update (addon a0d7b954_tailscale)", result.Details);
    }

    [Fact]
    public async Task RunAsync_Unhealthy_Fails()
    {
        _supervisor.SetData("/resolution/info", """{"unsupported": [], "unhealthy": ["untrusted"], "suggestions": [], "issues": [], "checks": []}""");

        await using var live = LiveChecks.AsAddon(_supervisor);
        var result = await live.RunAsync<SupervisorHealthCheck>();

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Equal(["Unhealthy: content that is not signed by Home Assistant runs on the system (untrusted)"], result.Details);
    }

    [Fact]
    public async Task RunAsync_UnsupportedWithFreeSpaceIssue_Warns()
    {
        _supervisor.SetData("/resolution/info", """{"unsupported": ["docker_version"], "unhealthy": [], "suggestions": [], "issues": [{"uuid": "1", "type": "free_space", "context": "system", "reference": null}], "checks": []}""");

        await using var live = LiveChecks.AsAddon(_supervisor);
        var result = await live.RunAsync<SupervisorHealthCheck>();

        Assert.Equal(CheckStatus.Warn, result.Status);
        Assert.Equal("The Supervisor reports: the system is unsupported, 1 issue.", result.Summary);
        Assert.Equal(["Unsupported: docker version", "Issue with system: the disk is nearly full"], result.Details);
    }

    [Fact]
    public async Task RunAsync_NothingReported_Passes()
    {
        _supervisor.SetData("/resolution/info", """{"unsupported": [], "unhealthy": [], "suggestions": [], "issues": [], "checks": []}""");

        await using var live = LiveChecks.AsAddon(_supervisor);
        var result = await live.RunAsync<SupervisorHealthCheck>();

        Assert.Equal(CheckStatus.Pass, result.Status);
    }

    [Fact]
    public async Task RunAsync_HealthyFlagFalseWithoutReasons_StillFails()
    {
        _supervisor.SetData("/resolution/info", """{"unsupported": [], "unhealthy": [], "suggestions": [], "issues": [], "checks": []}""");
        _supervisor.SetData("/supervisor/info", """{"version": "2026.08.0", "healthy": false, "supported": true}""");

        await using var live = LiveChecks.AsAddon(_supervisor);
        var result = await live.RunAsync<SupervisorHealthCheck>();

        Assert.Equal(CheckStatus.Fail, result.Status);
    }

    [Fact]
    public async Task RunAsync_PlainTextForbidden_IsUnavailableWithTheReason()
    {
        _supervisor.HassioApi = false;

        await using var live = LiveChecks.AsAddon(_supervisor);
        var result = await live.RunAsync<SupervisorHealthCheck>();

        Assert.Equal(CheckStatus.Unavailable, result.Status);
        Assert.Contains("HTTP 403: 403: Forbidden", result.Summary, StringComparison.Ordinal);
        Assert.Contains("hassio_api", result.Remediation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NotReady_IsUnavailable()
    {
        _supervisor.NotReadyState = "startup";

        await using var live = LiveChecks.AsAddon(_supervisor);
        var result = await live.RunAsync<SupervisorHealthCheck>();

        Assert.Equal(CheckStatus.Unavailable, result.Status);
        Assert.Contains("System is not ready with state: startup", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Standalone_IsUnavailable()
    {
        await using var live = new LiveChecks();

        var result = await live.RunAsync<SupervisorHealthCheck>();

        Assert.Equal(CheckStatus.Unavailable, result.Status);
        Assert.Empty(_supervisor.Requests);
    }
}
