using Gatehouse.Checks.Advisories;

namespace Gatehouse.Tests.Checks.Advisories;

/// <summary>GitHub's vulnerable_version_range against the versions Core, the Supervisor and the OS carry.</summary>
public sealed class VersionRangeTests
{
    [Theory]
    [InlineData("< 2026.03.2", "2026.03.1", true)]
    [InlineData("< 2026.03.2", "2026.3.2", false)]
    [InlineData("< 2026.03.2", "2026.08.0", false)]
    [InlineData(">= 2023.1.0, < 2023.9.2", "2023.9.1", true)]
    [InlineData(">= 2023.1.0, < 2023.9.2", "2022.12.9", false)]
    [InlineData("<= 16.1", "16.1", true)]
    [InlineData("= 2024.1.0", "2024.1.0b3", true)]
    [InlineData("< 2024.2.0", "2024.2.0.dev20240110", false)]
    public void Contains_Range_MatchesNumericParts(string range, string version, bool expected) =>
        Assert.Equal(expected, VersionRange.Contains(range, ReleaseVersion.Parse(version)!));

    [Theory]
    [InlineData("")]
    [InlineData("~> 1.2")]
    [InlineData("< banana")]
    public void Contains_UnreadableRange_IsUnknown(string range) =>
        Assert.Null(VersionRange.Contains(range, ReleaseVersion.Parse("2026.1.0")!));

    [Theory]
    [InlineData("dev")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_NoNumber_IsNull(string? text) => Assert.Null(ReleaseVersion.Parse(text));
}
