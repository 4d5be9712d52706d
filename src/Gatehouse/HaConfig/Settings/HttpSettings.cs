namespace Gatehouse.HaConfig.Settings;

/// <summary>
/// HA's effective <c>http:</c> settings (ha-core.md §3.5) with HA's defaults filled in.
/// <paramref name="Source"/> says where they were read, for the check's details.
/// </summary>
internal sealed record HttpSettings(
    bool IpBanEnabled,
    int LoginAttemptsThreshold,
    bool UseXForwardedFor,
    IReadOnlyList<string> TrustedProxies,
    bool HasLegacyApiPassword,
    string Source)
{
    /// <summary>HA's default: the ban middleware runs, but -1 means it never bans anyone.</summary>
    public const int NeverBan = -1;
}
