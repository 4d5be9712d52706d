using Gatehouse.HomeAssistant.Commands;
using Gatehouse.HomeAssistant.Connection;
using Gatehouse.IntegrationTests.Fakes.HomeAssistant;
using Gatehouse.IntegrationTests.Fakes.Supervisor;
using Gatehouse.IntegrationTests.HomeAssistant.Client;
using Microsoft.Extensions.Logging;

namespace Gatehouse.IntegrationTests.HomeAssistant.Supervisor;

/// <summary>The add-on's way to HA: the Supervisor's <c>/core/websocket</c> proxy with SUPERVISOR_TOKEN.</summary>
public sealed class SupervisorProxyTests : IAsyncLifetime
{
    private FakeHomeAssistant _ha = null!;
    private FakeSupervisor _supervisor = null!;

    public async Task InitializeAsync()
    {
        _ha = await FakeHomeAssistant.StartAsync();
        _supervisor = await FakeSupervisor.StartAsync();
        _supervisor.HomeAssistant = _ha;
    }

    public async Task DisposeAsync()
    {
        await _supervisor.DisposeAsync();
        await _ha.DisposeAsync();
    }

    [Fact]
    public async Task RunAsync_ThroughProxy_HandshakesWithSupervisorTokenAndRelaysCommands()
    {
        await using var harness = Harness(FakeSupervisor.AddonToken);

        var connected = await harness.WaitForSessionAsync(1);
        var config = await harness.Client.SendAsync(new GetConfigCommand(), harness.Timeout.Token);

        Assert.Equal("2026.8.3", connected.HaVersion);
        Assert.Equal("HA Test", config.LocationName);
        Assert.Equal(1, _ha.AuthenticatedConnections);
        Assert.Contains(_supervisor.Requests, request => request.Path == "/core/websocket");
    }

    [Fact]
    public async Task RunAsync_AddonWithoutHomeAssistantApi_RefusedOnceWithTheAddonFixAndCoreNeverSeesIt()
    {
        _supervisor.HomeAssistantApi = false;
        await using var harness = Harness(FakeSupervisor.AddonToken, TimeSpan.FromMilliseconds(100));

        await _supervisor.WaitForProxyAttemptsAsync(3);

        var error = Assert.Single(harness.At(LogLevel.Error));
        Assert.Contains("Invalid access", error.Message, StringComparison.Ordinal);
        Assert.Contains("homeassistant_api: true", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _ha.Connections);
        Assert.Empty(_ha.Notifications.List());
        Assert.All(harness.LogRecords, record => Assert.DoesNotContain(FakeSupervisor.AddonToken, record.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_SupervisorCommandThroughProxy_Unauthorized()
    {
        await using var harness = Harness(FakeSupervisor.AddonToken);

        var refused = await Assert.ThrowsAsync<HomeAssistantCommandException>(() =>
            harness.Client.SendAsync(new SupervisorApiCommand(), harness.Timeout.Token));

        Assert.Equal(("unauthorized", "Unauthorized"), (refused.Code, refused.Error.Message));
        Assert.DoesNotContain(_ha.ReceivedFrames, frame => frame.Type == "supervisor/api");
    }

    private ClientHarness Harness(string token, TimeSpan? authRetry = null) =>
        new(HomeAssistantEndpoint.ForSupervisor(_supervisor.BaseUrl, token),
            options => options with { AuthInvalidRetryDelay = authRetry ?? options.AuthInvalidRetryDelay });

    private sealed record SupervisorApiCommand() : HassCommand<NoResult>("supervisor/api");
}
