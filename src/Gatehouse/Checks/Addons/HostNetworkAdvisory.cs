using System.Globalization;

namespace Gatehouse.Checks.Addons;

/// <summary>
/// CVE-2026-34205: before Supervisor 2026.03.2 the Docker gateway answered on the host's outside interfaces, so
/// add-ons on the host network exposed endpoints that expect only the internal network, without authentication.
/// Fixed by the gateway firewall rules of home-assistant/supervisor#6650 (commit 36124eaf), first released in 2026.03.2
/// (the first tag that contains it). Published 2026-03-27 as critical, GHSA-gh5m-4m97-c95h ("Unauthenticated app (add-on)
/// endpoints exposed to local network via host network mode", home-assistant.io PR #44346).
/// </summary>
internal static class HostNetworkAdvisory
{
    public const string Id = "CVE-2026-34205";

    public static readonly Version FixedIn = new(2026, 3, 2);

    /// <summary>Whether <paramref name="supervisorVersion"/> is affected; null when the version cannot be read (a dev build).</summary>
    public static bool? Affects(string? supervisorVersion) => Parse(supervisorVersion) is { } version ? version < FixedIn : null;

    /// <summary>The Supervisor's calendar versions, <c>2026.03.2</c>; a dev or odd version reads as unknown.</summary>
    private static Version? Parse(string? text) =>
        text?.Split('.') is [var year, var month, var patch]
        && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && int.TryParse(patch, NumberStyles.None, CultureInfo.InvariantCulture, out var p)
            ? new Version(y, m, p)
            : null;
}
