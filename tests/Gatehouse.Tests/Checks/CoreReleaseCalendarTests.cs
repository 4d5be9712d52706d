using Gatehouse.Checks.Updates;
using Gatehouse.HomeAssistant.Compatibility;

namespace Gatehouse.Tests.Checks;

public sealed class CoreReleaseCalendarTests
{
    [Theory]
    [InlineData("2026-12-01", 2026, 11)] // December's release comes out on Wednesday the 2nd
    [InlineData("2026-12-02", 2026, 12)]
    [InlineData("2026-01-06", 2025, 12)] // January 2026's first Wednesday is the 7th
    [InlineData("2026-01-07", 2026, 1)]
    public void NewestOn_FirstWednesdayOfTheMonth(string day, int year, int month) =>
        Assert.Equal(new HaRelease(year, month), CoreReleaseCalendar.NewestOn(DateTimeOffset.Parse(day + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void NextReleaseDay_AcrossTheYear() =>
        Assert.Equal(new DateTimeOffset(2023, 1, 4, 0, 0, 0, TimeSpan.Zero), CoreReleaseCalendar.NextReleaseDay(new HaRelease(2022, 12)));

    [Theory]
    [InlineData("2026.8.3", "2026.9.1", "2026-09-02")]
    [InlineData("2026.9.0", "2026.9.1", null)]
    [InlineData("garbage", "2026.9.1", null)]
    public void FirstMissedRelease_DatesTheNextMonthly(string installed, string latest, string? expected) =>
        Assert.Equal(expected, CoreReleaseCalendar.FirstMissedRelease(installed, latest)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
