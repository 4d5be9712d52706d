using Gatehouse.Logins;
using Gatehouse.Logins.Alerting;

namespace Gatehouse.Tests.Logins;

public class AlertComposerTests
{
    private static readonly DateTimeOffset Time = new(2026, 11, 28, 13, 4, 5, TimeSpan.Zero);
    private static readonly AlertComposer Composer = new(BerlinTime());

    private static InstanceTimeZone BerlinTime()
    {
        var zone = new InstanceTimeZone();
        Assert.True(zone.Set("Europe/Berlin"));
        return zone;
    }

    [Fact]
    public void ForAttempt_SaysWhoWhenWhatHowManyAndWhatToDo()
    {
        var attempt = new LoginAttempt(LoginEventType.FailedLogin, Time, "203.0.113.5", "host.example", LoginAttemptKind.Password,
            "/auth/login_flow/abc", "Mozilla/5.0 (X11; Linux x86_64)", "raw");

        var alert = Composer.ForAttempt(attempt, fromAddressIn24Hours: 3);

        Assert.Equal("Failed login to Home Assistant", alert.Title);
        Assert.Equal(
            """
            Someone failed to log in to Home Assistant from 203.0.113.5 (host.example) at 14:04:05 on 28 Nov 2026.
            A wrong password (or MFA code) on the login page, URL /auth/login_flow/abc, client "Mozilla/5.0 (X11; Linux x86_64)".
            3 failed attempts from this address in the last 24 hours.
            What to do: if this was not you or your household, make sure every user has MFA on and that IP banning is set (http: login_attempts_threshold: 5).
            """.ReplaceLineEndings("\n"),
            alert.Message);
    }

    [Fact]
    public void ForAttempt_Localhost_ExplainsRemoteUi()
    {
        var attempt = new LoginAttempt(LoginEventType.FailedLogin, Time, "127.0.0.1", null, LoginAttemptKind.Unknown, null, null, "raw");

        var alert = Composer.ForAttempt(attempt, 1);

        Assert.Contains("from 127.0.0.1 at", alert.Message, StringComparison.Ordinal);
        Assert.Contains("Remote UI", alert.Message, StringComparison.Ordinal);
        Assert.Contains("first failed attempt from this address", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForAttempt_UnparsedNotice_QuotesItsTextSafely()
    {
        var attempt = new LoginAttempt(LoginEventType.FailedLogin, Time, null, null, LoginAttemptKind.Unknown, null, null,
            "Odd <script>alert(1)</script> [click](http://evil) \u0007\u202Etext\n" + new string('x', 10_000));

        var alert = Composer.ForAttempt(attempt, 0);

        Assert.Contains("an address Gatehouse could not read (notice text: \"Odd ‹script›alert(1)‹/script› (click)(http://evil) text xxx", alert.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("<", alert.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", alert.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", alert.Message, StringComparison.Ordinal);
        Assert.True(alert.Message.Length < 1200);
    }

    [Fact]
    public void ForAttempt_MarkupInHostAndUserAgent_IsNeutralised()
    {
        var attempt = new LoginAttempt(LoginEventType.FailedLogin, Time, "203.0.113.5", "<img src=x onerror=alert(1)>", LoginAttemptKind.ApiToken,
            "/api/websocket", "`rm -rf`\r\nInjected: line", "raw");

        var alert = Composer.ForAttempt(attempt, 1);

        Assert.Contains("203.0.113.5 (‹img src=x onerror=alert(1)›)", alert.Message, StringComparison.Ordinal);
        Assert.Contains("client \"'rm -rf'  Injected: line\"", alert.Message, StringComparison.Ordinal);
        Assert.Equal(4, alert.Message.Split('\n').Length);
    }

    [Fact]
    public void ForSummary_CountsTheFoldedAttempts()
    {
        var folded = new[]
        {
            new LoginAttempt(LoginEventType.FailedLogin, Time, "203.0.113.5", null, LoginAttemptKind.TokenRefresh, null, null, "a"),
            new LoginAttempt(LoginEventType.FailedLogin, Time.AddMinutes(2), "203.0.113.5", null, LoginAttemptKind.TokenRefresh, null, null, "b"),
        };

        var alert = Composer.ForSummary("203.0.113.5", folded, 7);

        Assert.Equal("Repeated failed logins from 203.0.113.5", alert.Title);
        Assert.StartsWith("2 more failed login(s) from 203.0.113.5 between 14:04:05 on 28 Nov 2026 and 14:06:05 on 28 Nov 2026.\n7 failed attempts", alert.Message, StringComparison.Ordinal);
        Assert.Contains("Companion app", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForAttempt_UnknownTimeZone_SaysUtc()
    {
        var zone = new InstanceTimeZone();
        Assert.False(zone.Set("Mars/Olympus_Mons"));
        var attempt = new LoginAttempt(LoginEventType.FailedLogin, Time, "203.0.113.5", null, LoginAttemptKind.Unknown, null, null, "raw");

        var alert = new AlertComposer(zone).ForAttempt(attempt, 1);

        Assert.Contains("at 13:04:05 on 28 Nov 2026 UTC.", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForBan_HasItsOwnTitleAndTheWayBack()
    {
        var ban = new LoginAttempt(LoginEventType.IpBanned, Time, "203.0.113.5", null, LoginAttemptKind.Unknown, null, null, "Too many login attempts from 203.0.113.5");

        var alert = Composer.ForBan(ban);

        Assert.Equal("Home Assistant banned 203.0.113.5", alert.Title);
        Assert.Contains("ip_bans.yaml", alert.Message, StringComparison.Ordinal);
    }
}
