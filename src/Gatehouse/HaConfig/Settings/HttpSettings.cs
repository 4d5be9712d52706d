namespace Gatehouse.HaConfig.Settings;

/// <summary>
/// HA's effective <c>http:</c> settings (ha-core.md §3.5) with HA's defaults filled in.
/// <paramref name="Source"/> says where they were read, for the check's details. <paramref name="ServesTls"/>: HA itself
/// serves https (<c>ssl_certificate</c> set), rather than a proxy in front of it.
/// </summary>
internal sealed record HttpSettings(
    bool IpBanEnabled,
    int LoginAttemptsThreshold,
    bool UseXForwardedFor,
    IReadOnlyList<string> TrustedProxies,
    bool HasLegacyApiPassword,
    string SslProfile,
    bool ServesTls,
    string Source)
{
    /// <summary>HA's default: the ban middleware runs, but -1 means it never bans anyone.</summary>
    public const int NeverBan = -1;

    /// <summary>HA's default TLS profile (the other value is <c>intermediate</c>).</summary>
    public const string DefaultSslProfile = "modern";
}
