using Gatehouse.HaConfig;

namespace Gatehouse.Checks.Catalog;

/// <summary>
/// ip_ban: HA bans an address after repeated failed logins only when <c>login_attempts_threshold</c> is set; its
/// default (-1) never bans. Remote UI logins all arrive as 127.0.0.1, which the details point out.
/// </summary>
internal sealed class IpBanCheck(HaConfigSnapshot config) : ConfigFolderCheck(config)
{
    public const string CheckId = "ip_ban";

    /// <summary>Above this, a password guesser gets many tries per address before the ban.</summary>
    public const int MaxThreshold = 10;

    private const string SetThreshold = "Settings > System > Network (or the http: block of configuration.yaml on HA before 2026.9): turn on IP banning and set the login attempts threshold to 5, then restart HA. A banned address is listed in ip_bans.yaml; delete its line there to lift the ban.";

    public override string Id => CheckId;

    public override string Title => "Banning addresses after failed logins";

    protected override CheckResult Run(CancellationToken cancellationToken)
    {
        var read = Config.Http;
        if (read.Value is not { } http)
        {
            return Unreadable(read.Problem!);
        }
        var details = new List<string> { $"Read from {http.Source}" };
        if (!http.IpBanEnabled)
        {
            return this.Fail("IP banning is turned off: HA never blocks an address, however many passwords it tries.", details, SetThreshold);
        }
        if (http.LoginAttemptsThreshold < 1)
        {
            return this.Fail("No ban threshold is set, so HA never bans an address however many passwords it tries (HA's default is -1, never).", details, SetThreshold);
        }
        details.Add($"An address is banned after {http.LoginAttemptsThreshold} failed logins");
        if (http.LoginAttemptsThreshold > MaxThreshold)
        {
            return this.Warn($"Addresses are banned only after {http.LoginAttemptsThreshold} failed logins; {MaxThreshold} or fewer leaves a guesser far fewer tries.", details, SetThreshold);
        }
        var remoteUi = Config.RemoteUi;
        if (remoteUi.Problem is { } problem)
        {
            details.Add($"Could not tell whether Remote UI is used: {problem}");
        }
        if (remoteUi.Value)
        {
            details.Add("Home Assistant Cloud's Remote UI is in use: its logins arrive from 127.0.0.1");
            return this.Warn(
                $"Bans are on (after {http.LoginAttemptsThreshold} failed logins), but every failed login through Remote UI shows as 127.0.0.1: bans and alerts cannot tell those people apart.",
                details,
                "Keep two-step login on for everyone (see the mfa check): it is what protects Remote UI logins. If 127.0.0.1 gets banned, remove it from ip_bans.yaml and restart HA.");
        }
        return this.Pass($"HA bans an address after {http.LoginAttemptsThreshold} failed logins.", details);
    }
}
