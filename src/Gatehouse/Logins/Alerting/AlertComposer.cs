using System.Globalization;

namespace Gatehouse.Logins.Alerting;

/// <summary>
/// Writes the alerts a home owner reads on a phone's lock screen. The first line of each says who, from where and
/// what in under <see cref="MaxFirstLine"/> characters; then the details (URL, client), how many in 24 h, and what
/// to do. Counts are written as words a person would use ("1 failed login", "2,000 failed logins").
/// </summary>
internal sealed class AlertComposer(InstanceTimeZone timeZone)
{
    /// <summary>What a lock screen shows of a notification's first line.</summary>
    public const int MaxFirstLine = 110;

    /// <summary>How many networks and bans a digest names before it says "and N more".</summary>
    public const int Named = 3;

    private const int MaxUserAgentLength = 160;
    private const int MaxUrlLength = 120;
    private const int MaxRawLength = 300;
    private const int MaxDelayedParts = 8;

    public AlertMessage ForAttempt(LoginAttempt attempt, int fromAddressIn24Hours)
    {
        var lines = new List<string> { FirstLine($"{KindPhrase(attempt.Kind)} from", attempt, $"at {When(attempt.Time)}.") };
        if (Details(attempt) is { } details)
        {
            lines.Add(details);
        }
        if (attempt.Ip is not null)
        {
            lines.Add(fromAddressIn24Hours <= 1
                ? "The first failed login from this address in 24 hours."
                : $"{Count(fromAddressIn24Hours, "failed login")} from this address in the last 24 hours.");
        }
        lines.AddRange(Notes(attempt));
        lines.Add(Advice(attempt.Kind));
        return new AlertMessage("Failed login to Home Assistant", string.Join("\n", lines)) { About = attempt.Ip };
    }

    /// <summary>A known network reached the owner's threshold: someone there may be guessing after all.</summary>
    public AlertMessage ForKnownNetwork(string network, int inLastHour, LoginAttempt latest)
    {
        var lines = new List<string>
        {
            $"{Count(inLastHour, "failed login")} from your known network {network} in the last hour, the latest from {latest.Ip} at {When(latest.Time)}.",
            "More than an app with an old login makes: a device there may be trying passwords. Gatehouse alerts again if it goes on after an hour; until then they are counted in the daily summary.",
            Advice(latest.Kind),
        };
        return new AlertMessage($"Many failed logins from your network {network}", string.Join("\n", lines)) { About = network };
    }

    /// <summary>An app on a known network keeps an expired login: which one, so the owner logs it in again.</summary>
    public AlertMessage ForExpiredApp(LoginAttempt attempt)
    {
        var lines = new List<string> { FirstLine("An app's login has expired on", attempt, $"(seen at {When(attempt.Time)}).") };
        if (attempt.UserAgent is not null)
        {
            lines.Add($"The app: {AlertText.Clean(attempt.UserAgent, MaxUserAgentLength)}");
        }
        lines.Add("Open the Home Assistant app (or the browser) on that device and log in again; it keeps failing until you do. Further failures from it today go into the daily summary.");
        return new AlertMessage($"Log in again on {attempt.Ip}", string.Join("\n", lines)) { About = attempt.Ip };
    }

    public AlertMessage ForSummary(FoldedAttempts folded, int fromAddressIn24Hours)
    {
        var attempts = folded.Attempts.Select(a => a.Attempt).ToList();
        var ip = folded.SingleIp;
        var source = ip ?? (folded.Prefix.Length == 0 ? "addresses Gatehouse could not read" : folded.Prefix);
        var lines = new List<string> { $"{Count(attempts.Count, "more failed login")} from {source} {Span(attempts)}." };
        if (ip is not null)
        {
            lines.Add($"{Count(fromAddressIn24Hours, "failed login")} from this address in the last 24 hours.");
        }
        else if (folded.Prefix.Length > 0)
        {
            lines.Add($"They came from {Count(attempts.Select(a => a.Ip).Distinct(StringComparer.Ordinal).Count(), "address", "addresses")} in that network.");
        }
        var kinds = attempts.Select(a => a.Kind).Distinct().ToList();
        lines.Add(Advice(kinds.Count == 1 ? kinds[0] : LoginAttemptKind.Unknown));
        var from = ip ?? (folded.Prefix.Length == 0 ? "unreadable addresses" : folded.Prefix);
        return new AlertMessage($"Repeated failed logins from {from}", string.Join("\n", lines)) { About = ip ?? (folded.Prefix.Length == 0 ? null : folded.Prefix) };
    }

    public AlertMessage ForBan(LoginAttempt ban)
    {
        var lines = new List<string>
        {
            FirstLine("Home Assistant banned", ban, $"at {When(ban.Time)}."),
            "It made too many failed logins; its requests are now refused. If it is one of your own devices, remove its line from ip_bans.yaml in your config folder and restart Home Assistant.",
        };
        if (ban.Ip is null)
        {
            lines.Add($"Notice text: {AlertText.Clean(ban.RawMessage ?? "", MaxRawLength)}");
        }
        return new AlertMessage($"Home Assistant banned {ban.Ip ?? "an address"}", string.Join("\n", lines)) { About = ban.Ip };
    }

    /// <summary>
    /// One notification for what the budget held back (or what was recorded while no alert could go out): how many,
    /// the busiest networks, and the bans.
    /// </summary>
    public AlertMessage ForDigest(IReadOnlyList<LoginAttempt> attempts, bool leftovers)
    {
        var failed = attempts.Where(a => a.Type == LoginEventType.FailedLogin).ToList();
        var bans = attempts.Where(a => a.Type == LoginEventType.IpBanned).ToList();
        var addresses = failed.Select(a => a.Ip ?? "").Distinct(StringComparer.Ordinal).Count();
        var parts = new List<string>();
        if (failed.Count > 0)
        {
            parts.Add(addresses == 1 && failed[0].Ip is { } ip
                ? $"{Count(failed.Count, "failed login")} from {ip}"
                : $"{Count(failed.Count, "failed login")} from {Count(addresses, "address", "addresses")}");
        }
        if (bans.Count > 0)
        {
            parts.Add(Count(bans.Count, "ban"));
        }
        var lines = new List<string> { $"{string.Join(" and ", parts)}, {Span(attempts)}." };
        var busiest = failed
            .GroupBy(a => AddressPrefix.Of(a.Ip), StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} ({g.Count().ToString("N0", CultureInfo.InvariantCulture)})")
            .ToList();
        if (addresses > 1 && busiest.Count > 0)
        {
            lines.Add($"Busiest {(busiest.Count == 1 ? "network" : "networks")}: {Listed(busiest)}.");
        }
        if (bans.Count > 0)
        {
            lines.Add($"Banned: {Listed(bans.Select(b => b.Ip ?? "an unreadable address").Distinct(StringComparer.Ordinal).ToList())}.");
        }
        lines.Add(leftovers
            ? "Gatehouse recorded these while no alert could go out (it was stopped, or no notify service was set)."
            : $"Gatehouse sends at most {SendBudget.Limit} alerts a minute and counts the rest in one message like this.");
        lines.Add(Advice(LoginAttemptKind.Unknown));
        var title = leftovers ? "Failed logins while alerts could not go out" : "Many failed logins to Home Assistant";
        return new AlertMessage(title, string.Join("\n", lines));
    }

    /// <summary>Alerts that could not be delivered, sent again as one: each one's first line.</summary>
    public static AlertMessage ForDelayed(IReadOnlyList<AlertMessage> parts)
    {
        if (parts.Count == 1)
        {
            return parts[0];
        }
        var lines = new List<string> { $"{parts.Count} alerts could not be delivered earlier; here they are in short:" };
        lines.AddRange(parts.Take(MaxDelayedParts).Select(p => "• " + p.Message.Split('\n')[0]));
        if (parts.Count > MaxDelayedParts)
        {
            lines.Add($"…and {Count(parts.Count - MaxDelayedParts, "more alert")}; every attempt is in Gatehouse's entities.");
        }
        return new AlertMessage("Delayed alerts from Gatehouse", string.Join("\n", lines));
    }

    /// <summary>"1 failed login", "2,000 failed logins": never "(s)".</summary>
    public static string Count(int count, string one, string? many = null) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many ?? one + "s");

    /// <summary>"a", "a and b", "a, b and c", "a, b, c and 4 more".</summary>
    private static string Listed(IReadOnlyList<string> items) => items.Count switch
    {
        1 => items[0],
        <= Named => $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}",
        _ => $"{string.Join(", ", items.Take(Named))} and {(items.Count - Named).ToString("N0", CultureInfo.InvariantCulture)} more",
    };

    /// <summary>"{lead} {address (host)} {tail}", the host cut so that the line fits a lock screen.</summary>
    private static string FirstLine(string lead, LoginAttempt attempt, string tail)
    {
        var address = attempt.Ip ?? "an address Gatehouse could not read";
        var bare = $"{lead} {address} {tail}";
        // Under MaxFirstLine with the brackets and the ellipsis a cut host ends with.
        var room = MaxFirstLine - 1 - bare.Length - " (…)".Length;
        return attempt.Host is null || room < 8
            ? bare
            : $"{lead} {address} ({AlertText.Clean(attempt.Host, room)}) {tail}";
    }

    private static string KindPhrase(LoginAttemptKind kind) => kind switch
    {
        LoginAttemptKind.Password => "Wrong password",
        LoginAttemptKind.TokenRefresh => "Expired app login",
        LoginAttemptKind.ApiToken => "Invalid access token",
        _ => "Failed login",
    };

    /// <summary>"at 14:04:05 on 28 Nov", "from 14:04:05 to 14:06:05 on 28 Nov", "from 28 Nov 14:04 to 29 Nov 09:10".</summary>
    private string Span(IReadOnlyCollection<LoginAttempt> attempts)
    {
        var first = attempts.Min(a => a.Time);
        var last = attempts.Max(a => a.Time);
        if (last - first < TimeSpan.FromSeconds(1))
        {
            return $"at {When(first)}";
        }
        var (from, to) = (Local(first), Local(last));
        return from.Date == to.Date
            ? $"from {from.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} to {When(last)}"
            : $"from {Format(from, "d MMM HH:mm")} to {Format(to, "d MMM HH:mm")}{Zone}";
    }

    private DateTimeOffset Local(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, timeZone.Current);

    /// <summary>The local time of day and date; the year would only take room on a lock screen.</summary>
    private string When(DateTimeOffset time) => Format(Local(time), "HH:mm:ss 'on' d MMM") + Zone;

    private string Zone => timeZone.Current == TimeZoneInfo.Utc ? " UTC" : "";

    private static string Format(DateTimeOffset time, string format) => time.ToString(format, CultureInfo.InvariantCulture);

    private static string? Details(LoginAttempt attempt)
    {
        var parts = new List<string>();
        if (attempt.Kind == LoginAttemptKind.Password)
        {
            parts.Add("A wrong password (or MFA code) on the login page");
        }
        if (attempt.Url is not null)
        {
            parts.Add($"URL {AlertText.Clean(attempt.Url, MaxUrlLength)}");
        }
        if (attempt.UserAgent is not null)
        {
            parts.Add($"client \"{AlertText.Clean(attempt.UserAgent, MaxUserAgentLength)}\"");
        }
        if (attempt.Ip is null)
        {
            parts.Add($"notice text \"{AlertText.Clean(attempt.RawMessage ?? "", MaxRawLength)}\"");
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
        _ => "What to do: if this was not you or your household, check Settings > System > Logs for these addresses, make sure every user has MFA on and that IP banning is set.",
    };
}
