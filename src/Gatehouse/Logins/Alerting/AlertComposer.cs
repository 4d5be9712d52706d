using System.Globalization;

namespace Gatehouse.Logins.Alerting;

/// <summary>
/// Writes the alerts a home owner reads on their phone: who (address, host), when (the instance's local time),
/// what (kind, URL, user agent when known), how many from that address in 24 h, and what to do.
/// </summary>
internal sealed class AlertComposer(InstanceTimeZone timeZone)
{
    private const int MaxHostLength = 100;
    private const int MaxUserAgentLength = 160;
    private const int MaxUrlLength = 120;
    private const int MaxRawLength = 300;

    public AlertMessage ForAttempt(LoginAttempt attempt, int fromAddressIn24Hours)
    {
        var lines = new List<string> { $"Someone failed to log in to Home Assistant from {Who(attempt)} at {When(attempt.Time)}." };
        if (What(attempt) is { } what)
        {
            lines.Add(what);
        }
        if (attempt.Ip is not null)
        {
            lines.Add(fromAddressIn24Hours == 1
                ? "This is the first failed attempt from this address in 24 hours."
                : $"{fromAddressIn24Hours} failed attempts from this address in the last 24 hours.");
        }
        lines.AddRange(Notes(attempt));
        lines.Add(Advice(attempt.Kind));
        return new AlertMessage("Failed login to Home Assistant", string.Join("\n", lines));
    }

    public AlertMessage ForSummary(string? ip, IReadOnlyList<LoginAttempt> folded, int fromAddressIn24Hours)
    {
        var first = folded.Min(a => a.Time);
        var last = folded.Max(a => a.Time);
        var address = ip ?? "an address Gatehouse could not read";
        var lines = new List<string>
        {
            $"{folded.Count} more failed login(s) from {address} between {When(first)} and {When(last)}.",
            $"{fromAddressIn24Hours} failed attempts from this address in the last 24 hours.",
        };
        var kinds = folded.Select(a => a.Kind).Distinct().ToList();
        lines.Add(Advice(kinds.Count == 1 ? kinds[0] : LoginAttemptKind.Unknown));
        return new AlertMessage($"Repeated failed logins from {address}", string.Join("\n", lines));
    }

    public AlertMessage ForBan(LoginAttempt ban)
    {
        var address = ban.Ip ?? "an address Gatehouse could not read";
        var lines = new List<string>
        {
            $"Home Assistant banned {address} at {When(ban.Time)} after too many failed logins.",
            "Requests from it are now refused. If it is one of your own devices, remove its line from ip_bans.yaml in your config folder and restart Home Assistant.",
        };
        if (ban.Ip is null)
        {
            lines.Add($"Notice text: {AlertText.Clean(ban.RawMessage ?? "", MaxRawLength)}");
        }
        return new AlertMessage($"Home Assistant banned {address}", string.Join("\n", lines));
    }

    private static string Who(LoginAttempt attempt)
    {
        if (attempt.Ip is null)
        {
            return $"an address Gatehouse could not read (notice text: \"{AlertText.Clean(attempt.RawMessage ?? "", MaxRawLength)}\")";
        }
        return attempt.Host is null ? attempt.Ip : $"{attempt.Ip} ({AlertText.Clean(attempt.Host, MaxHostLength)})";
    }

    private string When(DateTimeOffset time)
    {
        var zone = timeZone.Current;
        var local = TimeZoneInfo.ConvertTime(time, zone);
        var text = local.ToString("HH:mm:ss 'on' d MMM yyyy", CultureInfo.InvariantCulture);
        return zone == TimeZoneInfo.Utc ? text + " UTC" : text;
    }

    private static string? What(LoginAttempt attempt)
    {
        var kind = attempt.Kind switch
        {
            LoginAttemptKind.Password => "A wrong password (or MFA code) on the login page",
            LoginAttemptKind.TokenRefresh => "An app's saved session that is no longer valid",
            LoginAttemptKind.ApiToken => "A request with an invalid access token",
            _ => null,
        };
        var parts = new List<string>();
        if (kind is not null)
        {
            parts.Add(kind);
        }
        if (attempt.Url is not null)
        {
            parts.Add($"URL {AlertText.Clean(attempt.Url, MaxUrlLength)}");
        }
        if (attempt.UserAgent is not null)
        {
            parts.Add($"client \"{AlertText.Clean(attempt.UserAgent, MaxUserAgentLength)}\"");
        }
        return parts.Count == 0 ? null : string.Join(", ", parts) + ".";
    }

    private static IEnumerable<string> Notes(LoginAttempt attempt)
    {
        if (attempt.Ip is "127.0.0.1" or "::1")
        {
            yield return "127.0.0.1 is Home Assistant's own host: attempts through Home Assistant Cloud (Remote UI) or a proxy on the same machine show up as this address, so the real sender is not known.";
        }
    }

    private static string Advice(LoginAttemptKind kind) => kind switch
    {
        LoginAttemptKind.TokenRefresh => "What to do: usually a phone or tablet whose login expired; open the Companion app and log in again. If none of your devices was in use then, treat it as an intruder: turn on MFA and IP banning.",
        LoginAttemptKind.ApiToken => "What to do: a script, integration or device uses a wrong or revoked access token; check the long-lived tokens in your profile (Security tab) and what uses them.",
        LoginAttemptKind.Password => "What to do: if this was not you or your household, make sure every user has MFA on and that IP banning is set (http: login_attempts_threshold: 5).",
        _ => "What to do: if this was not you or your household, check Settings > System > Logs for this address, make sure every user has MFA on and that IP banning is set.",
    };
}
