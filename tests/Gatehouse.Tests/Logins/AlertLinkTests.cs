using Gatehouse.Checks;
using Gatehouse.Logins;
using Gatehouse.Logins.Alerting;
using Gatehouse.Watch;
using Gatehouse.Watch.Digest;

namespace Gatehouse.Tests.Logins;

/// <summary>
/// Where a tap on a companion app's notification leads: the panel's Logins tab for a login alert, its Checks tab
/// for what the watch found, the panel itself for a summary of both (CompanionData.Link gives HA's sources).
/// </summary>
[Trait("Issue", "16")]
public sealed class AlertLinkTests
{
    private const string Panel = "/a0d7b954_gatehouse";
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private static readonly LoginAttempt Attempt = new(LoginEventType.FailedLogin, Now, "203.0.113.5", null, LoginAttemptKind.Password, null, null, null);
    private static readonly LoginAttempt Ban = Attempt with { Type = LoginEventType.IpBanned };
    private static readonly WatchChange Change = new("admins:user:c", "Carol is an administrator", "Take Carol's administrator rights away");
    private static readonly AlertComposer Composer = new(new InstanceTimeZone());

    private static readonly Dictionary<string, AlertMessage> Messages = new()
    {
        ["failed login"] = Composer.ForAttempt(Attempt, 1),
        ["ban"] = Composer.ForBan(Ban),
        ["digest"] = Composer.ForDigest([Attempt, Ban], leftovers: false),
        ["delayed"] = AlertComposer.ForDelayed([Composer.ForAttempt(Attempt, 1), Composer.ForBan(Ban)]),
        ["new since the last run"] = ChangeMessages.NewSince(Now.AddHours(-1), Now, TimeZoneInfo.Utc, [Change]),
        ["account change"] = ChangeMessages.Now([Change]),
        ["first run"] = ChangeMessages.Baseline(new CheckReport(80, Now, []), []),
        ["daily summary of logins"] = DigestMessage.Compose([(Attempt, "192.168.1.0/24")], [])!,
        ["daily summary of fixes"] = DigestMessage.Compose([], ["Bob has MFA"])!,
        ["daily summary of both"] = DigestMessage.Compose([(Attempt, "192.168.1.0/24")], ["Bob has MFA"])!,
    };

    [Theory]
    [InlineData("failed login", Panel + "/ingress/logins")]
    [InlineData("ban", Panel + "/ingress/logins")]
    [InlineData("digest", Panel + "/ingress/logins")]
    [InlineData("delayed", Panel + "/ingress/logins")]
    [InlineData("new since the last run", Panel + "/ingress/checks")]
    [InlineData("account change", Panel + "/ingress/checks")]
    [InlineData("first run", Panel + "/ingress/checks")]
    [InlineData("daily summary of logins", Panel + "/ingress/logins")]
    [InlineData("daily summary of fixes", Panel + "/ingress/checks")]
    [InlineData("daily summary of both", Panel)]
    public void Call_CompanionApp_LinksToTheAlertsTab(string alert, string link)
    {
        var call = HomeAssistantNotifyChannel.Call(new NotifyTarget("notify.mobile_app_pixel", NotifyTargetKind.LegacyService), Messages[alert], null, Panel).ToJson();

        var data = call["service_data"]!["data"]!;
        Assert.Equal((link, link), ((string?)data["url"], (string?)data["clickAction"]));
    }
}
