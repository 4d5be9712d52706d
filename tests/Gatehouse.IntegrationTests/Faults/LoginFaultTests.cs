using Gatehouse.IntegrationTests.Infrastructure;
using Gatehouse.IntegrationTests.Logins;

namespace Gatehouse.IntegrationTests.Faults;

/// <summary>The login side under faults: HA dropping the connection mid-stream, a data folder that refuses writes.</summary>
public sealed class LoginFaultTests : IAsyncLifetime
{
    private LoginScenario _scenario = null!;

    public async Task InitializeAsync() => _scenario = await LoginScenario.StartAsync();

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    public async Task HaClosesTheSocket20Times_WithAttemptsInFlight_EachRecordedAndAlertedOnce()
    {
        // One network with a short cooldown: an alert, then summaries, and what the budget holds back in a digest.
        await using var gatehouse = _scenario.StartGatehouse("""{"notify_services": ["notify.phone"], "alert_cooldown_seconds": 2}""");
        await gatehouse.WaitForLineAsync("Watching Home Assistant");
        var ha = _scenario.Ha;

        for (var round = 0; round < 20; round++)
        {
            var connections = ha.Connections;
            for (var i = 0; i < 5; i++)
            {
                ha.SimulateFailedLogin($"203.0.113.{(round * 5) + i}");
            }
            // The close follows the five notices on the wire: they are in flight when HA goes away.
            await ha.CloseConnectionsAsync();
            await ha.WaitForCommandAsync(f => f.Type == "persistent_notification/subscribe" && f.Connection > connections, $"the subscription renewed after close {round + 1}");
        }
        await Poll.UntilAsync(() => _scenario.RecordedAttempts() == 100 && _scenario.Unalerted() == 0, "every attempt recorded and marked alerted", TestSettings.DigestTimeout);

        Assert.Equal(100, _scenario.RecordedAttempts());
        Assert.Equal(100, _scenario.AttemptsCovered());
    }

    [Fact]
    public async Task DiskFull_ClearErrorAlertsStillDelivered_NoticeKept()
    {
        await using var gatehouse = _scenario.StartGatehouse();
        await gatehouse.WaitForLineAsync("Watching Home Assistant");
        File.CreateSymbolicLink(Path.Combine(_scenario.Data, "attempts.jsonl"), "/dev/full");

        _scenario.Ha.SimulateFailedLogin("203.0.113.5");

        await _scenario.WaitForCallsAsync(calls => calls.Any(LoginScenario.IsNotify), "the alert");
        var error = await gatehouse.WaitForLineAsync("Cannot write the attempt log");
        Assert.Contains("ERROR", error, StringComparison.Ordinal);
        Assert.Contains("Free disk space or make the data folder writable", error, StringComparison.Ordinal);
        Assert.DoesNotContain(_scenario.Calls, LoginScenario.IsDismiss);
        Assert.Single(_scenario.Ha.Notifications.List());
    }

    [Fact]
    public async Task DataFolderUnusable_AlertsStillDelivered()
    {
        var notAFolder = Path.Combine(_scenario.Data, "a-file");
        File.WriteAllText(notAFolder, "");

        await using var gatehouse = _scenario.StartGatehouse(dataFolder: Path.Combine(notAFolder, "data"));
        await gatehouse.WaitForLineAsync("Watching Home Assistant");
        _scenario.Ha.SimulateFailedLogin("203.0.113.5");

        await _scenario.WaitForCallsAsync(calls => calls.Any(LoginScenario.IsNotify), "the alert");
        await gatehouse.WaitForLineAsync("Cannot write the attempt log");
        Assert.False(gatehouse.HasExited);
    }
}
