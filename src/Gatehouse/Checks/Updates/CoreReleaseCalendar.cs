using System.Globalization;

namespace Gatehouse.Checks.Updates;

/// <summary>
/// Home Assistant Core numbers its releases by year and month (2026.9.0) and ships each monthly release on the
/// first Wednesday of that month. So the version alone dates the first monthly release an install is missing.
/// </summary>
internal static class CoreReleaseCalendar
{
    /// <summary>The release day of the first monthly release after <paramref name="installed"/> up to <paramref name="latest"/>, or null (same month, or not CalVer).</summary>
    public static DateTimeOffset? FirstMissedRelease(string installed, string latest)
    {
        if (YearMonth(installed) is not { } from || YearMonth(latest) is not { } to || to <= from)
        {
            return null;
        }
        var missed = from.AddMonths(1);
        var day = missed;
        while (day.DayOfWeek != DayOfWeek.Wednesday)
        {
            day = day.AddDays(1);
        }
        return new DateTimeOffset(day, TimeSpan.Zero);
    }

    private static DateTime? YearMonth(string version)
    {
        var parts = version.Split('.');
        return parts.Length >= 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(new string(parts[1].TakeWhile(char.IsAsciiDigit).ToArray()), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && year is >= 2020 and < 3000 && month is >= 1 and <= 12
            ? new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Utc)
            : null;
    }
}
