using Gatehouse.HomeAssistant.Compatibility;

namespace Gatehouse.Tests.HomeAssistant.Compatibility;

public sealed class HaReleaseTests
{
    [Theory]
    [InlineData("2022.12.0.dev0", 2022, 12)]
    [InlineData("2023.6.3", 2023, 6)]
    [InlineData("2026.8.0b1", 2026, 8)]
    [InlineData("2025.10", 2025, 10)]
    public void Parse_HaVersions_YearAndMonth(string version, int year, int month) =>
        Assert.Equal(new HaRelease(year, month), HaRelease.Parse(version));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0.118.5")]
    [InlineData("2023.13.1")]
    [InlineData("2023")]
    [InlineData("landingpage")]
    [InlineData("99999999999.1.1")]
    public void Parse_NotAReleaseNumber_Null(string? version) => Assert.Null(HaRelease.Parse(version));

    [Fact]
    public void Compare_ByYearThenMonth()
    {
        Assert.True(new HaRelease(2023, 12) < new HaRelease(2024, 1));
        Assert.True(new HaRelease(2025, 10) > new HaRelease(2025, 9));
        Assert.True(new HaRelease(2023, 6) >= new HaRelease(2023, 6));
        // An unknown release compares false either way: callers treat it as today's HA.
        var unknown = HaRelease.Parse("unknown");
        Assert.False(unknown < new HaRelease(2023, 6));
        Assert.False(unknown >= new HaRelease(2023, 6));
        Assert.Equal("2022.12", HaRelease.OldestSupported.ToString());
    }
}
