using Gatehouse.Logins;
using Gatehouse.Logins.Recording;
using Gatehouse.Panel;

namespace Gatehouse.Tests.Panel;

/// <summary>The panel's chart: whole bars ending at the one that holds now, attempts and bans counted apart, the newest listed first.</summary>
public sealed class AttemptChartTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("24h", 24, 3600)]
    [InlineData("7d", 28, 21600)]
    [InlineData("30d", 30, 86400)]
    public void Build_EachRange_HasWholeBarsEndingWithNow(string range, int bars, long stepSeconds)
    {
        var view = AttemptChart.Build(range, Now, _ => []);

        Assert.Equal((bars, stepSeconds), (view.Buckets.Count, view.StepSeconds));
        Assert.True(view.Buckets[^1].Start <= Now && Now < view.Buckets[^1].Start.AddSeconds(stepSeconds));
    }

    [Fact]
    public void Build_Attempts_AreCountedInTheirBarAndListedNewestFirst()
    {
        (LoginAttempt, AttemptState)[] attempts =
        [
            (Attempt(LoginEventType.FailedLogin, Now.AddHours(-2).AddMinutes(-5)), AttemptState.Alerted),
            (Attempt(LoginEventType.FailedLogin, Now.AddMinutes(-10)), AttemptState.Recorded),
            (Attempt(LoginEventType.FailedLogin, Now.AddMinutes(-8)), AttemptState.Folded),
            (Attempt(LoginEventType.IpBanned, Now.AddMinutes(-5)), AttemptState.Alerted),
        ];
        DateTimeOffset? asked = null;

        var view = AttemptChart.Build("24h", Now, since => { asked = since; return attempts; });

        Assert.Equal(view.Buckets[0].Start, asked);
        Assert.Equal((2, 1), (view.Buckets[^1].Failed, view.Buckets[^1].Banned));
        Assert.Equal(1, view.Buckets[^3].Failed);
        Assert.Equal(["ip_banned", "failed_login", "failed_login", "failed_login"], view.Recent.Select(a => a.Type));
        Assert.Equal(["alerted", "folded", "waiting", "alerted"], view.Recent.Select(a => a.State));
        Assert.Equal(4, view.Total);
    }

    private static LoginAttempt Attempt(LoginEventType type, DateTimeOffset time) =>
        new(type, time, "203.0.113.5", null, LoginAttemptKind.Password, null, null, null);
}
