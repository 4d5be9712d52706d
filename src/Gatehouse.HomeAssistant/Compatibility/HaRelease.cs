using System.Globalization;

namespace Gatehouse.HomeAssistant.Compatibility;

/// <summary>
/// A Home Assistant Core release by year and month, as the handshake's <c>ha_version</c> names it
/// ("2022.12.0.dev0", "2025.6.3", "2026.8.0b1"). Protocol features arrive with monthly releases, never with
/// patch releases, so the patch, beta and dev parts are left out of every comparison.
/// </summary>
internal readonly record struct HaRelease(int Year, int Month) : IComparable<HaRelease>
{
    /// <summary>The oldest release Gatehouse supports (the compatibility table in DOCS.md starts here).</summary>
    public static readonly HaRelease OldestSupported = new(2022, 12);

    /// <summary>The release <paramref name="version"/> names, or null when it is not a CalVer release number.</summary>
    public static HaRelease? Parse(string? version)
    {
        if (string.IsNullOrEmpty(version))
        {
            return null;
        }
        var parts = version.Split('.', 3);
        return parts.Length >= 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(LeadingDigits(parts[1]), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && year is >= 2020 and < 3000 && month is >= 1 and <= 12
            ? new HaRelease(year, month)
            : null;
    }

    public int CompareTo(HaRelease other) => (Year, Month).CompareTo((other.Year, other.Month));

    public static bool operator <(HaRelease left, HaRelease right) => left.CompareTo(right) < 0;

    public static bool operator >(HaRelease left, HaRelease right) => left.CompareTo(right) > 0;

    public static bool operator <=(HaRelease left, HaRelease right) => left.CompareTo(right) <= 0;

    public static bool operator >=(HaRelease left, HaRelease right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{Year}.{Month}";

    private static string LeadingDigits(string text) => new([.. text.TakeWhile(char.IsAsciiDigit)]);
}
