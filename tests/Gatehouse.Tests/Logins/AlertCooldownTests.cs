using Gatehouse.Logins;
using Gatehouse.Logins.Alerting;

namespace Gatehouse.Tests.Logins;

public class AlertCooldownTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private static LoginAttempt From(string? ip, DateTimeOffset time) =>
        new(LoginEventType.FailedLogin, time, ip, null, LoginAttemptKind.Unknown, null, null, "text");

    [Fact]
    public void Admit_FirstFromAnAddress_AlertsLaterOnesFoldUntilTheWindowCloses()
    {
        var cooldown = new AlertCooldown(TimeSpan.FromMinutes(5));

        Assert.True(cooldown.Admit("1", From("203.0.113.5", T0), T0));
        Assert.False(cooldown.Admit("2", From("203.0.113.5", T0.AddMinutes(1)), T0.AddMinutes(1)));
        Assert.False(cooldown.Admit("3", From("203.0.113.5", T0.AddMinutes(4)), T0.AddMinutes(4)));
        Assert.True(cooldown.Admit("4", From("198.51.100.1", T0.AddMinutes(4)), T0.AddMinutes(4)));
        Assert.Equal(T0.AddMinutes(5), cooldown.NextClose);

        Assert.Empty(cooldown.Close(T0.AddMinutes(4)));
        var summary = Assert.Single(cooldown.Close(T0.AddMinutes(5)));

        Assert.Equal("203.0.113.5", summary.Ip);
        Assert.Equal(["2", "3"], summary.Attempts.Select(a => a.Key));
        Assert.True(cooldown.Admit("5", From("203.0.113.5", T0.AddMinutes(6)), T0.AddMinutes(6)));
    }

    [Fact]
    public void Close_WindowWithNothingFolded_GivesNoSummary()
    {
        var cooldown = new AlertCooldown(TimeSpan.FromSeconds(30));
        cooldown.Admit("1", From("203.0.113.5", T0), T0);

        Assert.Empty(cooldown.Close(T0.AddMinutes(1)));
        Assert.Null(cooldown.NextClose);
    }

    [Fact]
    public void Admit_ZeroCooldown_AlertsEveryAttempt()
    {
        var cooldown = new AlertCooldown(TimeSpan.Zero);

        Assert.All(Enumerable.Range(0, 5), i => Assert.True(cooldown.Admit($"{i}", From("203.0.113.5", T0), T0)));
        Assert.Null(cooldown.NextClose);
    }

    [Fact]
    public void Admit_UnreadableAddresses_ShareOneWindow()
    {
        var cooldown = new AlertCooldown(TimeSpan.FromMinutes(1));

        Assert.True(cooldown.Admit("1", From(null, T0), T0));
        Assert.False(cooldown.Admit("2", From(null, T0), T0));

        Assert.Null(Assert.Single(cooldown.Close(T0.AddMinutes(1))).Ip);
    }

    [Fact]
    public void Fold_LeftoversFromBeforeARestart_AreSummarisedWithoutAnAlert()
    {
        var cooldown = new AlertCooldown(TimeSpan.FromMinutes(1));

        cooldown.Fold("old", From("203.0.113.5", T0.AddHours(-1)), T0);

        Assert.Equal(["old"], Assert.Single(cooldown.Close(T0.AddMinutes(1))).Attempts.Select(a => a.Key));
    }
}
