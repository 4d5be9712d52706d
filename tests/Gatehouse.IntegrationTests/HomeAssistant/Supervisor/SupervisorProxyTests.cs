using Gatehouse.HomeAssistant.Commands;
using Gatehouse.HomeAssistant.Connection;
using Gatehouse.IntegrationTests.Fakes.Supervisor;
using Gatehouse.IntegrationTests.HomeAssistant.Client;
using Gatehouse.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Gatehouse.IntegrationTests.HomeAssistant.Supervisor;

/// <summary>The add-on's way to HA: the Supervisor's <c>/core/websocket</c> proxy with SUPERVISOR_TOKEN.</summary>
public sealed class SupervisorProxyTests : SupervisedHomeAssistantTests
{
    [Fact]
    public async Task RunAsync_ThroughProxy_HandshakesWithSupervisorTokenAndRelaysCommands()
    {
        await using var harness = Harness(FakeSupervisor.AddonToken);

        var connected = await harness.WaitForSessionAsync(1);
        var config = await harness.Client.SendAsync(new GetConfigCommand(), harness.Timeout.Token);

        Assert.Equal("2026.9.2", connected.HaVersion);
        Assert.Equal("HA Test", config.LocationName);
        Assert.Equal(1, Ha.AuthenticatedConnections);
        Assert.Contains(Supervisor.Requests, request => request.Path == "/core/websocket");
    }

    [Fact]
    public async Task RunAsync_AddonWithoutHomeAssistantApi_RefusedOnceWithTheAddonFixAndCoreNeverSeesIt()
    {
        Supervisor.HomeAssistantApi = false;
        await using var harness = Harness(FakeSupervisor.AddonToken, TimeSpan.FromMilliseconds(100));

        await Supervisor.WaitForProxyAttemptsAsync(3);

        var error = Assert.Single(harness.At(LogLevel.Error));
        Assert.Contains("Invalid access", error.Message, StringComparison.Ordinal);
        Assert.Contains("homeassistant_api: true", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, Ha.Connections);
        Assert.Empty(Ha.Notifications.List());
        Assert.All(harness.LogRecords, record => Assert.DoesNotContain(FakeSupervisor.AddonToken, record.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_SupervisorCommandThroughProxy_Unauthorized()
    {
        await using var harness = Harness(FakeSupervisor.AddonToken);

        var refused = await Assert.ThrowsAsync<HomeAssistantCommandException>(() =>
            harness.Client.SendAsync(new SupervisorApiCommand(), harness.Timeout.Token));

        Assert.Equal(("unauthorized", "Unauthorized"), (refused.Code, refused.Error.Message));
        Assert.DoesNotContain(Ha.ReceivedFrames, frame => frame.Type == "supervisor/api");
    }

    private ClientHarness Harness(string token, TimeSpan? authRetry = null) =>
        new(HomeAssistantEndpoint.ForSupervisor(Supervisor.BaseUrl, token),
            options => options with { AuthInvalidRetryDelay = authRetry ?? options.AuthInvalidRetryDelay });

    private sealed record SupervisorApiCommand() : HassCommand<NoResult>("supervisor/api", NoResult.Read);
}
