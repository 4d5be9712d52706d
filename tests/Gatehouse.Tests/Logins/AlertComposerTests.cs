using Gatehouse.Logins;
using Gatehouse.Logins.Alerting;

namespace Gatehouse.Tests.Logins;

public class AlertComposerTests
{
    private static readonly DateTimeOffset Time = new(2026, 11, 28, 13, 4, 5, TimeSpan.Zero);
    private static readonly AlertComposer Composer = new(BerlinTime());
    private static readonly AlertComposer InUtc = new(new InstanceTimeZone());
    private const string LongIpv6 = "2001:db8:1234:5678:9abc:def0:1234:5678";

    private static InstanceTimeZone BerlinTime()
    {
        var zone = new InstanceTimeZone();
        Assert.True(zone.Set("Europe/Berlin"));
        return zone;
    }

    private static LoginAttempt Failed(string? ip, DateTimeOffset? at = null, string? host = null, LoginAttemptKind kind = LoginAttemptKind.Unknown) =>
        new(LoginEventType.FailedLogin, at ?? Time, ip, host, kind, null, null, ip is null ? "Odd text" : null);

    private static LoginAttempt Ban(string? ip, DateTimeOffset? at = null) =>
        new(LoginEventType.IpBanned, at ?? Time, ip, null, LoginAttemptKind.Unknown, null, null, ip is null ? "Odd text" : null);

    /// <summary>Title and message: the table's cells must be public types.</summary>
    private static string[] Text(AlertMessage alert) => [alert.Title, alert.Message];

    private static FoldedAttempts Folded(string prefix, params LoginAttempt[] attempts) =>
        new(prefix, attempts.Select((a, i) => ($"k{i}", a)).ToList());

    /// <summary>Every kind of alert, with the first line a lock screen shows.</summary>
    public static TheoryData<string, Func<string[]>, string> FirstLines => new()
    {
        { "attempt", () => Text(Composer.ForAttempt(Failed("203.0.113.5", host: "host.example"), 1)), "Failed login from 203.0.113.5 (host.example) at 14:04:05 on 28 Nov." },
        { "password", () => Text(Composer.ForAttempt(Failed("203.0.113.5", kind: LoginAttemptKind.Password), 2)), "Wrong password from 203.0.113.5 at 14:04:05 on 28 Nov." },
        { "app session", () => Text(Composer.ForAttempt(Failed("203.0.113.5", kind: LoginAttemptKind.TokenRefresh), 2)), "Expired app login from 203.0.113.5 at 14:04:05 on 28 Nov." },
        { "api token", () => Text(Composer.ForAttempt(Failed("203.0.113.5", kind: LoginAttemptKind.ApiToken), 2)), "Invalid access token from 203.0.113.5 at 14:04:05 on 28 Nov." },
        { "unreadable", () => Text(Composer.ForAttempt(Failed(null), 0)), "Failed login from an address Gatehouse could not read at 14:04:05 on 28 Nov." },
        { "long host", () => Text(InUtc.ForAttempt(Failed(LongIpv6, host: new string('h', 300) + ".example"), 1)), $"Failed login from {LongIpv6} ({new string('h', 22)}…) at 13:04:05 on 28 Nov UTC." },
        { "utc", () => Text(InUtc.ForAttempt(Failed("203.0.113.5"), 1)), "Failed login from 203.0.113.5 at 13:04:05 on 28 Nov UTC." },
        { "ban", () => Text(Composer.ForBan(Ban("203.0.113.5"))), "Home Assistant banned 203.0.113.5 at 14:04:05 on 28 Nov." },
        { "one more", () => Text(Composer.ForSummary(Folded("203.0.113.0/24", Failed("203.0.113.5")), 2)), "1 more failed login from 203.0.113.5 at 14:04:05 on 28 Nov." },
        { "more, same second", () => Text(Composer.ForSummary(Folded("203.0.113.0/24", Failed("203.0.113.5"), Failed("203.0.113.5")), 3)), "2 more failed logins from 203.0.113.5 at 14:04:05 on 28 Nov." },
        { "more, two minutes", () => Text(Composer.ForSummary(Folded("203.0.113.0/24", Failed("203.0.113.5"), Failed("203.0.113.5", Time.AddMinutes(2))), 7)), "2 more failed logins from 203.0.113.5 from 14:04:05 to 14:06:05 on 28 Nov." },
        { "network", () => Text(Composer.ForSummary(Folded("2001:db8:1:2::/64", Failed("2001:db8:1:2::1"), Failed("2001:db8:1:2::2", Time.AddSeconds(9))), 2)), "2 more failed logins from 2001:db8:1:2::/64 from 14:04:05 to 14:04:14 on 28 Nov." },
        { "across days", () => Text(InUtc.ForSummary(Folded("203.0.113.0/24", Failed("203.0.113.5"), Failed("203.0.113.5", Time.AddDays(1))), 2)), "2 more failed logins from 203.0.113.5 from 28 Nov 13:04 to 29 Nov 13:04 UTC." },
        { "digest", () => Text(Composer.ForDigest([.. Enumerable.Range(0, 2000).Select(i => Failed($"198.{18 + i % 3}.{i % 200}.1", Time.AddSeconds(i % 60))), Ban("198.18.0.1"), Ban("198.18.1.1")], leftovers: false)), "2,000 failed logins from 600 addresses and 2 bans, from 14:04:05 to 14:05:04 on 28 Nov." },
        { "digest of one", () => Text(Composer.ForDigest([Failed("203.0.113.5")], leftovers: true)), "1 failed login from 203.0.113.5, at 14:04:05 on 28 Nov." },
        { "digest of bans", () => Text(Composer.ForDigest([Ban("203.0.113.5"), Ban("203.0.113.6")], leftovers: false)), "2 bans, at 14:04:05 on 28 Nov." },
    };

    [Theory]
    [Trait("Issue", "14")]
    [MemberData(nameof(FirstLines))]
    public void FirstLine_SaysWhoWhereAndWhat_FitsALockScreen(string name, Func<string[]> compose, string firstLine)
    {
        var (title, message) = compose() is [var t, var m] ? (t, m) : throw new InvalidOperationException();

        var first = message.Split('\n')[0];
        Assert.Equal(firstLine, first);
        Assert.True(first.Length < AlertComposer.MaxFirstLine, $"{name}: {first.Length} characters");
        Assert.DoesNotContain("(s)", message, StringComparison.Ordinal);
        Assert.DoesNotContain("between", message, StringComparison.Ordinal);
        Assert.True(title.Length < 60, $"{name}: title of {title.Length} characters");
    }

    [Fact]
    [Trait("Issue", "14")]
    public void ForDigest_NamesTheBusiestNetworksAndTheBans()
    {
        var attempts = new List<LoginAttempt>();
        attempts.AddRange(Enumerable.Range(0, 50).Select(i => Failed($"203.0.113.{i}")));
        attempts.AddRange(Enumerable.Range(0, 30).Select(i => Failed($"2001:db8:1:2::{i:x}")));
        attempts.AddRange(Enumerable.Range(0, 20).Select(i => Failed($"198.51.100.{i}")));
        attempts.AddRange(Enumerable.Range(0, 5).Select(i => Failed($"192.0.2.{i}")));
        attempts.AddRange(Enumerable.Range(0, 5).Select(i => Ban($"203.0.113.{i}")));

        var alert = Composer.ForDigest(attempts, leftovers: false);

        var lines = alert.Message.Split('\n');
        Assert.Equal("Busiest networks: 203.0.113.0/24 (50), 2001:db8:1:2::/64 (30), 198.51.100.0/24 (20) and 1 more.", lines[1]);
        Assert.Equal("Banned: 203.0.113.0, 203.0.113.1, 203.0.113.2 and 2 more.", lines[2]);
        Assert.Contains("at most 10 alerts a minute", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void ForAttempt_SaysWhoWhenWhatHowManyAndWhatToDo()
    {
        var attempt = new LoginAttempt(LoginEventType.FailedLogin, Time, "203.0.113.5", "host.example", LoginAttemptKind.Password,
            "/auth/login_flow/abc", "Mozilla/5.0 (X11; Linux x86_64)", null);

        var alert = Composer.ForAttempt(attempt, fromAddressIn24Hours: 3);

        Assert.Equal("Failed login to Home Assistant", alert.Title);
        Assert.Equal(
            """
            Wrong password from 203.0.113.5 (host.example) at 14:04:05 on 28 Nov.
            A wrong password (or MFA code) on the login page, URL /auth/login_flow/abc, client "Mozilla/5.0 (X11; Linux x86_64)".
            3 failed logins from this address in the last 24 hours.
            What to do: if this was not you or your household, make sure every user has MFA on and that IP banning is set (http: login_attempts_threshold: 5).
            """.ReplaceLineEndings("\n"),
            alert.Message);
    }

    [Fact]
    public void ForAttempt_Localhost_ExplainsRemoteUi()
    {
        var alert = Composer.ForAttempt(Failed("127.0.0.1"), 1);

        Assert.Contains("from 127.0.0.1 at", alert.Message, StringComparison.Ordinal);
        Assert.Contains("Remote UI", alert.Message, StringComparison.Ordinal);
        Assert.Contains("The first failed login from this address in 24 hours.", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForAttempt_UnparsedNotice_QuotesItsTextSafely()
    {
        var attempt = new LoginAttempt(LoginEventType.FailedLogin, Time, null, null, LoginAttemptKind.Unknown, null, null,
            "Odd <script>alert(1)</script> [click](http://evil) \u0007\u202Etext\n" + new string('x', 10_000));

        var alert = Composer.ForAttempt(attempt, 0);

        Assert.Contains("notice text \"Odd ‹script›alert(1)‹/script› (click)(http://evil) text xxx", alert.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("<", alert.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", alert.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", alert.Message, StringComparison.Ordinal);
        Assert.True(alert.Message.Length < 1200);
    }

    [Fact]
    public void ForAttempt_MarkupInHostAndUserAgent_IsNeutralised()
    {
        var attempt = new LoginAttempt(LoginEventType.FailedLogin, Time, "203.0.113.5", "<img src=x onerror=alert(1)>", LoginAttemptKind.ApiToken,
            "/api/websocket", "`rm -rf`\r\nInjected: line", null);

        var alert = Composer.ForAttempt(attempt, 1);

        Assert.Contains("203.0.113.5 (‹img src=x onerror=alert(1)›)", alert.Message, StringComparison.Ordinal);
        Assert.Contains("client \"'rm -rf'  Injected: line\"", alert.Message, StringComparison.Ordinal);
        Assert.Equal(4, alert.Message.Split('\n').Length);
    }

    [Fact]
    public void ForBan_HasItsOwnTitleAndTheWayBack()
    {
        var alert = Composer.ForBan(Ban("203.0.113.5"));

        Assert.Equal("Home Assistant banned 203.0.113.5", alert.Title);
        Assert.Contains("ip_bans.yaml", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Issue", "14")]
    public void ForDelayed_ManyAlerts_OneMessageWithEachFirstLine()
    {
        var parts = Enumerable.Range(0, 12).Select(i => Composer.ForAttempt(Failed($"198.51.{i}.7"), 1)).ToList();

        var alert = AlertComposer.ForDelayed(parts);

        var lines = alert.Message.Split('\n');
        Assert.Equal("12 alerts could not be delivered earlier; here they are in short:", lines[0]);
        Assert.Equal("• Failed login from 198.51.0.7 at 14:04:05 on 28 Nov.", lines[1]);
        Assert.Equal("…and 4 more alerts; every attempt is in Gatehouse's entities.", lines[^1]);
    }
}
