using CsCheck;
using Gatehouse.Checks;
using Gatehouse.Checks.Engine;

namespace Gatehouse.Tests.Checks.Engine;

public sealed class CheckScoreTests
{
    [Theory]
    [InlineData("Pass Pass", 100)]
    [InlineData("Fail Fail", 0)]
    [InlineData("Pass Warn", 75)]
    [InlineData("Pass Warn Fail", 50)]
    [InlineData("Pass Unavailable Skipped", 100)]
    [InlineData("Unavailable", 0)]
    public void Compute_Examples(string statuses, int expected) =>
        Assert.Equal(expected, CheckScore.Compute(statuses.Split(' ').Select(Enum.Parse<CheckStatus>).Select(Result)));

    [Fact]
    public void Compute_AFailWeighsMoreThanAWarn() =>
        Assert.True(CheckScore.Compute([Result(CheckStatus.Pass), Result(CheckStatus.Fail)]) < CheckScore.Compute([Result(CheckStatus.Pass), Result(CheckStatus.Warn)]));

    [Fact]
    public void Compute_AnyMix_StaysWithin0To100AndIgnoresUnavailable() =>
        Gen.Enum<CheckStatus>().Array[0, 30].Sample(statuses =>
        {
            var score = CheckScore.Compute(statuses.Select(Result));
            var withoutUnavailable = CheckScore.Compute(statuses.Where(s => s is not (CheckStatus.Unavailable or CheckStatus.Skipped)).Select(Result));
            return score is >= 0 and <= 100 && score == withoutUnavailable;
        });

    private static CheckResult Result(CheckStatus status) => new("id", "title", status, "summary", [], "");
}
