using Gatehouse.IntegrationTests.Infrastructure;

namespace Gatehouse.IntegrationTests.Logins;

/// <summary>known_networks on the real binary: a flood from the owner's own network pushes once at the threshold, and its ban at once.</summary>
[Trait("Issue", "17")]
public sealed class KnownNetworkAlertTests
{
    private const string Options = """{"notify_services": ["notify.phone"], "known_networks": ["192.168.1.0/24"], "known_networks_alert_after": 10}""";

    [Fact]
    public async Task FiftyFromAKnownAddress_NoPushUntilTheThreshold_ThenOne_AndItsBanAtOnce()
    {
        await using var scenario = await LoginScenario.StartAsync();
        scenario.Ha.LoginAttemptsThreshold = 50;
        await using var gatehouse = scenario.StartGatehouse(Options);
        await gatehouse.WaitForLineAsync("Watching Home Assistant");

        for (var i = 0; i < 9; i++)
        {
            scenario.Ha.SimulateFailedLogin("192.168.1.23", "tablet.lan");
        }
        // Recorded and decided (a quiet attempt is marked as covered by the daily summary): nothing pushed.
        await Poll.UntilAsync(() => scenario.RecordedAttempts() == 9 && scenario.Unalerted() == 0, "9 quiet attempts");
        Assert.DoesNotContain(scenario.Calls, LoginScenario.IsNotify);

        for (var i = 9; i < 50; i++)
        {
            scenario.Ha.SimulateFailedLogin("192.168.1.23", "tablet.lan");
        }
        await Poll.UntilAsync(() => scenario.RecordedAttempts() == 51 && scenario.Unalerted() == 0, "50 attempts and the ban handled");
        await scenario.WaitForCallsAsync(calls => calls.Count(LoginScenario.IsNotify) == 2, "the threshold alert and the ban");

        var titles = scenario.Calls.Where(LoginScenario.IsNotify).Select(c => (string)c.ServiceData!["title"]!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["Home Assistant banned 192.168.1.23", "Many failed logins from your network 192.168.1.0/24"], titles);
    }
}
