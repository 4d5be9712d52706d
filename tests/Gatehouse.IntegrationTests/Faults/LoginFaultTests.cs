using Gatehouse.IntegrationTests.Fakes.HomeAssistant;
using Gatehouse.IntegrationTests.Infrastructure;
using Gatehouse.IntegrationTests.Logins;

namespace Gatehouse.IntegrationTests.Faults;

/// <summary>The login side under faults: HA dropping the connection mid-stream, a data folder that refuses writes.</summary>
public sealed class LoginFaultTests : IAsyncLifetime
{
    private LoginScenario? _scenario;

    public static TheoryData<HaGeneration> Generations => new(HaGenerations.All);

    public static TheoryData<HaGeneration> NoticeMechanisms => new(HaGenerations.NoticeMechanisms);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_scenario is not null)
        {
            await _scenario.DisposeAsync();
        }
    }

    private async Task<LoginScenario> StartAsync(HaGeneration generation) => _scenario = await LoginScenario.StartAsync(generation);

    [Theory]
    [MemberData(nameof(NoticeMechanisms))] // a minute each: the budget holds part of the alerts for its digest
    public async Task HaClosesTheSocket20Times_WithAttemptsInFlight_EachRecordedAndAlertedOnce(HaGeneration generation)
    {
        var scenario = await StartAsync(generation);
        // One network with a short cooldown: an alert, then summaries, and what the budget holds back in a digest.
        await using var gatehouse = scenario.StartGatehouse("""{"notify_services": ["notify.phone"], "alert_cooldown_seconds": 2}""");
        await gatehouse.WaitForLineAsync("Watching Home Assistant");
        var ha = scenario.Ha;

        for (var round = 0; round < 20; round++)
        {
            var connections = ha.Connections;
            var subscriptions = SubscriptionsOn(ha, connections);
            for (var i = 0; i < 5; i++)
            {
                ha.SimulateFailedLogin($"203.0.113.{(round * 5) + i}");
            }
            // The close follows the five notices on the wire: they are in flight when HA goes away.
            await ha.CloseConnectionsAsync();
            // Every subscription renewed (the notice watch's and the account watch's), not just the first: a close in
            // the middle of the renewals is a failed connect, and each one in a row doubles the wait before the next.
            await ha.WaitUntilAsync(
                fake => fake.Connections > connections && SubscriptionsOn(fake, fake.Connections) >= subscriptions
                    && fake.ReceivedFrames.Any(f => f.Connection > connections && generation.IsNoticeSubscription(f)),
                $"the subscriptions renewed after close {round + 1}");
        }
        await Poll.UntilAsync(() => scenario.RecordedAttempts() == 100 && scenario.Unalerted() == 0, "every attempt recorded and marked alerted", TestSettings.DigestTimeout);

        Assert.Equal(100, scenario.RecordedAttempts());
        // A close can cut off HA's answer to a notify call it carried out: that alert is sent again (at least once).
        AlertCount.AssertAtLeastOnce(scenario.AlertCounts(), recorded: 100, interruptions: 20, "20 closes");
    }

    private static int SubscriptionsOn(FakeHomeAssistant ha, int connection) =>
        ha.ReceivedFrames.Count(f => f.Connection == connection && f.Type is "subscribe_events" or "persistent_notification/subscribe");

    [Theory]
    [MemberData(nameof(Generations))]
    public async Task DiskFull_ClearErrorAlertsStillDelivered_NoticeKept(HaGeneration generation)
    {
        var scenario = await StartAsync(generation);
        await using var gatehouse = scenario.StartGatehouse();
        await gatehouse.WaitForLineAsync("Watching Home Assistant");
        File.CreateSymbolicLink(Path.Combine(scenario.Data, "attempts.jsonl"), "/dev/full");

        scenario.Ha.SimulateFailedLogin("203.0.113.5");

        await scenario.WaitForCallsAsync(calls => calls.Any(LoginScenario.IsNotify), "the alert");
        var error = await gatehouse.WaitForLineAsync("Cannot write the attempt log");
        Assert.Contains("ERROR", error, StringComparison.Ordinal);
        Assert.Contains("Free disk space or make the data folder writable", error, StringComparison.Ordinal);
        Assert.DoesNotContain(scenario.Calls, LoginScenario.IsDismiss);
        Assert.Single(scenario.Ha.Notifications.List());
    }

    [Theory]
    [MemberData(nameof(Generations))]
    public async Task DataFolderUnusable_AlertsStillDelivered(HaGeneration generation)
    {
        var scenario = await StartAsync(generation);
        var notAFolder = Path.Combine(scenario.Data, "a-file");
        File.WriteAllText(notAFolder, "");

        await using var gatehouse = scenario.StartGatehouse(dataFolder: Path.Combine(notAFolder, "data"));
        await gatehouse.WaitForLineAsync("Watching Home Assistant");
        scenario.Ha.SimulateFailedLogin("203.0.113.5");

        await scenario.WaitForCallsAsync(calls => calls.Any(LoginScenario.IsNotify), "the alert");
        await gatehouse.WaitForLineAsync("Cannot write the attempt log");
        Assert.False(gatehouse.HasExited);
    }
}
