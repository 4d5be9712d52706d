using Gatehouse.IntegrationTests.Fakes.HomeAssistant;
using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Logins;

/// <summary>
/// HA older than 2023.6 has no notice subscription: Gatehouse follows the notice entities' <c>state_changed</c> and
/// reads them with <c>get_states</c> at every connection. A reading that was taken before a failed login must not
/// undo that login's change when Gatehouse takes it up after the change.
/// </summary>
public sealed class LegacyNoticeReadingTests : IAsyncLifetime
{
    private LoginScenario _scenario = null!;

    public async Task InitializeAsync() => _scenario = await LoginScenario.StartAsync(HaGeneration.Until2023_5);

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    [Trait("Issue", "15")]
    public async Task LoginShownWhileTheEntitiesAreRead_IsAlerted_ThenItsNoticeDismissed()
    {
        var ha = _scenario.Ha;
        // A home with many entities: the reading takes a while to read, the change ahead of it is taken up meanwhile.
        ha.AddStates(Enumerable.Range(0, 5000).Select(i => new JObject
        {
            ["entity_id"] = $"sensor.room_{i}",
            ["state"] = "21.5",
            ["attributes"] = new JObject { ["unit_of_measurement"] = "°C", ["friendly_name"] = $"Room {i}" },
        }));
        await using var gatehouse = _scenario.StartGatehouse();
        using (ha.HoldReplies("get_states"))
        {
            await gatehouse.WaitForLineAsync("Watching Home Assistant");
            await ha.WaitForCommandAsync("get_states");
            // The reading (no notice yet) follows the login's state_changed on the wire: as when Gatehouse takes up
            // a prompt reply late on a loaded machine, where the watch had posted the change first.
            ha.SimulateFailedLogin("203.0.113.5");
        }

        await _scenario.WaitForCallsAsync(calls => calls.Any(LoginScenario.IsDismiss), "the dismiss after the alert");
        Assert.Single(_scenario.Calls, LoginScenario.IsNotify);
        Assert.Empty(ha.Notifications.List());
        Assert.Equal(1, _scenario.RecordedAttempts());
    }
}
