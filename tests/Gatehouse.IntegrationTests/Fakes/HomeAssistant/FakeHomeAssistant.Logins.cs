namespace Gatehouse.IntegrationTests.Fakes.HomeAssistant;

/// <summary>Failed logins exactly as <c>homeassistant/components/http/ban.py</c> <c>process_wrong_login</c> reports them.</summary>
internal sealed partial class FakeHomeAssistant
{
    public const string BanLogger = "homeassistant.components.http.ban";
    public const string LoginNotificationId = "http-login";
    public const string BanNotificationId = "ip-ban";

    /// <summary>
    /// One failed login from <paramref name="ip"/>: the WARNING log line (with URL and user agent, for
    /// <c>system_log/list</c>), the <c>http-login</c> notice (without them), and a ban once the threshold is met.
    /// <paramref name="host"/> is the reverse-DNS name; without one HA prints the IP twice.
    /// </summary>
    public void SimulateFailedLogin(string ip, string? host = null, string url = "/auth/login_flow", string? userAgent = "Mozilla/5.0")
    {
        var now = DateTimeOffset.UtcNow;
        // The source lines are nominal: system_log deduplicates on (logger, file, line), and each call site has its own.
        var baseMessage = $"Login attempt or request with invalid authentication from {host ?? ip} ({ip}).";
        SystemLog.Add(BanLogger, "WARNING", "components/http/ban.py", 160,
            $"{baseMessage} Requested URL: '{url}'. ({userAgent ?? "None"})", now);
        Notifications.Create(LoginNotificationId, "Login attempt failed", $"{baseMessage} See the log for details.", now);
        if (LoginAttemptsThreshold is not { } threshold || threshold < 1)
        {
            return;
        }
        int attempts;
        lock (_failedLogins)
        {
            attempts = _failedLogins[ip] = _failedLogins.GetValueOrDefault(ip) + 1;
        }
        if (attempts >= threshold)
        {
            SystemLog.Add(BanLogger, "WARNING", "components/http/ban.py", 181, $"Banned IP {ip} for too many login attempts", now);
            Notifications.Create(BanNotificationId, "Banning IP address", $"Too many login attempts from {ip}", now);
        }
    }
}
