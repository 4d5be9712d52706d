using Gatehouse.HomeAssistant.Compatibility;

namespace Gatehouse.Checks.Updates;

/// <summary>
/// Home Assistant Core numbers its releases by year and month (2026.9.0) and ships each monthly release on the
/// first Wednesday of that month. So the version alone dates the first monthly release an install is missing, and
/// tells, without asking anyone, whether newer monthly releases are out by now.
/// </summary>
internal static class CoreReleaseCalendar
{
    /// <summary>The release day of the first monthly release after <paramref name="installed"/> up to <paramref name="latest"/>, or null (same month, or not CalVer).</summary>
    public static DateTimeOffset? FirstMissedRelease(string installed, string latest) =>
        HaRelease.Parse(installed) is { } from && HaRelease.Parse(latest) is { } to && to > from ? NextReleaseDay(from) : null;

    /// <summary>The release day of the monthly release after <paramref name="release"/>.</summary>
    public static DateTimeOffset NextReleaseDay(HaRelease release)
    {
        var day = new DateTime(release.Year, release.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1);
        while (day.DayOfWeek != DayOfWeek.Wednesday)
        {
            day = day.AddDays(1);
        }
        return new DateTimeOffset(day, TimeSpan.Zero);
    }

    /// <summary>The newest monthly release out on <paramref name="now"/> by the calendar.</summary>
    public static HaRelease NewestOn(DateTimeOffset now)
    {
        var month = new HaRelease(now.Year, now.Month);
        return now >= NextReleaseDay(Previous(month)) ? month : Previous(month);
    }

    private static HaRelease Previous(HaRelease release) =>
        release.Month == 1 ? new HaRelease(release.Year - 1, 12) : new HaRelease(release.Year, release.Month - 1);
}
