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
        Assert.False(cooldown.Admit("4b", From("198.51.100.200", T0.AddMinutes(4)), T0.AddMinutes(4)));
        Assert.Equal(T0.AddMinutes(5), cooldown.NextClose);

        Assert.Empty(cooldown.Close(T0.AddMinutes(4)));
        var summary = Assert.Single(cooldown.Close(T0.AddMinutes(5)));

        Assert.Equal("203.0.113.0/24", summary.Prefix);
        Assert.Equal("203.0.113.5", summary.SingleIp);
        Assert.Equal(["2", "3"], summary.Attempts.Select(a => a.Key));
        Assert.True(cooldown.Admit("5", From("203.0.113.5", T0.AddMinutes(6)), T0.AddMinutes(6)));
    }

    [Fact]
    [Trait("Issue", "14")]
    public void Admit_AfterTheWindowRanOutButBeforeItWasClosed_ItsSummaryIsNotLost()
    {
        var cooldown = new AlertCooldown(TimeSpan.FromSeconds(2));
        cooldown.Admit("1", From("203.0.113.5", T0), T0);
        cooldown.Admit("2", From("203.0.113.6", T0.AddSeconds(1)), T0.AddSeconds(1));

        Assert.True(cooldown.Admit("3", From("203.0.113.7", T0.AddSeconds(3)), T0.AddSeconds(3)));

        Assert.Equal(DateTimeOffset.MinValue, cooldown.NextClose);
        Assert.Equal(["2"], Assert.Single(cooldown.Close(T0.AddSeconds(3))).Attempts.Select(a => a.Key));
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

        Assert.Equal("", Assert.Single(cooldown.Close(T0.AddMinutes(1))).Prefix);
    }

    [Theory]
    [Trait("Issue", "14")]
    [InlineData("203.0.113.77", "203.0.113.0/24")]
    [InlineData("::ffff:203.0.113.77", "203.0.113.0/24")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("fe80::1%eth0", "fe80::/64")]
    [InlineData("not an address", "")]
    [InlineData(null, "")]
    public void AddressPrefix_IsTheSlash24OrSlash64(string? ip, string prefix) => Assert.Equal(prefix, AddressPrefix.Of(ip));

    [Fact]
    [Trait("Issue", "14")]
    public void Admit_ManyAddressesOfOneSlash64_OneAlertTheRestFolded()
    {
        var cooldown = new AlertCooldown(TimeSpan.FromMinutes(5));

        var admitted = Enumerable.Range(0, 2000).Count(i => cooldown.Admit($"{i}", From($"2001:db8:1:2::{i:x}", T0), T0));

        Assert.Equal(1, admitted);
        Assert.Equal(1999, Assert.Single(cooldown.Close(T0.AddMinutes(5))).Attempts.Count);
    }

    [Fact]
    [Trait("Issue", "14")]
    public void SendBudget_TenAMinute_AttemptsLeaveThreeForBans()
    {
        var budget = new SendBudget();

        Assert.Equal(7, Enumerable.Range(0, 20).Count(_ => budget.TryTake(T0, ban: false)));
        Assert.Equal(3, Enumerable.Range(0, 20).Count(_ => budget.TryTake(T0.AddSeconds(30), ban: true)));
        Assert.Equal(T0.AddMinutes(1), budget.NextFree(T0.AddSeconds(59), ban: false));
        Assert.True(budget.TryTake(T0.AddMinutes(1), ban: false));
    }
}
