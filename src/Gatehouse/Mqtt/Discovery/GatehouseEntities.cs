namespace Gatehouse.Mqtt.Discovery;

/// <summary>The object ids of Gatehouse's fixed entities (entity ids and unique ids derive from them: never rename).</summary>
internal static class GatehouseEntities
{
    public const string LoginAttempt = "login_attempt";
    public const string FailedLogins24Hours = "failed_logins_24h";
    public const string FailedLoginsTotal = "failed_logins_total";
    public const string LastFailedLogin = "last_failed_login";
    public const string BannedIps = "banned_ips";
    public const string SecurityScore = "security_score";
    public const string LastCheckRun = "last_check_run";
    public const string RunChecks = "run_checks";
    public const string SecurityChange = "security_change";
    public const string OpenFindings = "open_findings";
    public const string CheckPrefix = "check_";

    public const string FailedLoginEvent = "failed_login";
    public const string IpBannedEvent = "ip_banned";

    /// <summary>security_change event types: found by comparing check runs, or an account change as it happened.</summary>
    public const string NewProblemEvent = "new_problem";
    public const string AccountChangeEvent = "account_change";

    /// <summary>A check's object id: <c>check_&lt;id&gt;</c>, reduced to what entity ids allow (a-z, 0-9, _).</summary>
    public static string CheckObjectId(string checkId)
    {
        var chars = checkId.ToLowerInvariant().Select(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '_');
        return CheckPrefix + new string([.. chars]);
    }
}
