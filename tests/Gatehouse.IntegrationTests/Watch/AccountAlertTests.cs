using System.Diagnostics;
using Gatehouse.IntegrationTests.Fakes.HomeAssistant;

namespace Gatehouse.IntegrationTests.Watch;

/// <summary>HA's account events on the real binary: a new user or a new administrator reaches the phone at once, naming who.</summary>
[Trait("Issue", "17")]
public sealed class AccountAlertTests
{
    /// <summary>From the event to the phone; HA, Gatehouse and the phone here are one machine's processes.</summary>
    private static readonly TimeSpan AtOnce = TimeSpan.FromSeconds(1);

    [Theory]
    [InlineData(HaGeneration.Until2023_5)]
    [InlineData(HaGeneration.From2026_9)]
    public async Task UserAddedThenMadeAdministrator_EachAlertedWithinASecondNamingThem(HaGeneration generation)
    {
        await using var watch = await WatchScenario.StartAsync(generation);
        watch.WritePeople(("a1", "Alice", true));
        watch.Start();
        await FollowingAsync(watch);

        var clock = Stopwatch.StartNew();
        watch.Ha.Users.Add("d4", "Dave", admin: false);
        await watch.WaitForNotificationsAsync(1);
        Assert.True(clock.Elapsed < AtOnce, $"The alert took {clock.Elapsed.TotalMilliseconds:0} ms.");
        Assert.Contains("New user Dave (user)", watch.Notifications[0].Message, StringComparison.Ordinal);

        clock.Restart();
        watch.Ha.Users.SetAdmin("d4", admin: true);
        await watch.WaitForNotificationsAsync(2);
        Assert.True(clock.Elapsed < AtOnce, $"The alert took {clock.Elapsed.TotalMilliseconds:0} ms.");
        Assert.Contains("Dave is now an administrator", watch.Notifications[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HaDoesNotListItsUsers_TheNewAdministratorIsNamedFromStorageAuth()
    {
        await using var watch = await WatchScenario.StartAsync();
        watch.Ha.Users.ListRefused = true;
        watch.WritePeople(("a1", "Alice", true));
        watch.Start();
        await FollowingAsync(watch);

        // HA saves .storage/auth, then Gatehouse hears of the change.
        watch.WritePeople(("a1", "Alice", true), ("e5", "Erin", true));
        watch.Ha.FireEvent("user_added", new Newtonsoft.Json.Linq.JObject { ["user_id"] = "e5" });

        await watch.WaitForNotificationsAsync(1);
        Assert.Contains("New user Erin (administrator)", watch.Notifications[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenNotAnAdministrators_RefusalIsLoggedWithTheFixAndNothingSpins()
    {
        await using var watch = await WatchScenario.StartAsync();
        watch.Ha.Users.TokenIsNotAdmin = true;
        watch.Start();

        var refused = await watch.Gatehouse.WaitForLineAsync("refused Gatehouse's subscription to user_added");
        Assert.Contains("administrator", refused, StringComparison.Ordinal);
        await watch.Gatehouse.WaitForLineAsync("Following account changes");
        Assert.Single(watch.Gatehouse.Output, l => l.Contains("refused Gatehouse's subscription to user_added", StringComparison.Ordinal));
    }

    /// <summary>The baseline is read and the three subscriptions are in place: an event now is compared with it.</summary>
    private static async Task FollowingAsync(WatchScenario watch)
    {
        await watch.Gatehouse.WaitForLineAsync("Following account changes");
        foreach (var type in new[] { "user_added", "user_updated", "user_removed" })
        {
            await watch.Ha.WaitForCommandAsync(f => f.Type == "subscribe_events" && (string?)f.Message["event_type"] == type, type);
        }
    }
}
