using Gatehouse.Checks;
using Gatehouse.Checks.Engine;
using Gatehouse.Checks.Reports;

namespace Gatehouse.Tests.Checks.Engine;

public sealed class ResultFindingsTests
{
    private static readonly FakeCheck Check = FakeCheck.Passing("demo");

    [Theory]
    [InlineData("warn")]
    [InlineData("fail")]
    public void Complete_ProblemWithoutFindings_GetsOneForTheWholeCheck(string name)
    {
        var status = StatusNames.Parse(name)!.Value;
        var result = Check.Pass("IP banning is off.") with { Status = status, Remediation = "Turn it on." };

        var finding = Assert.Single(ResultFindings.Complete(result).Findings);

        Assert.Equal(new Finding("demo:check:result", status, "IP banning is off.", "Turn it on."), finding);
    }

    [Fact]
    public void Complete_PassWithoutFindings_HasNone() =>
        Assert.Empty(ResultFindings.Complete(Check.Pass("fine")).Findings);

    [Fact]
    public void Complete_WarnWithOnlyPassingFindings_StillGetsTheWholeCheckOne()
    {
        var result = Check.Warn("odd", null, "fix").WithFindings([Check.Finding("note", "x", CheckStatus.Pass, "noted", "")]);

        Assert.Equal(["demo:note:x", "demo:check:result"], ResultFindings.Complete(result).Findings.Select(f => f.Id));
    }

    [Theory]
    [InlineData("unavailable")]
    [InlineData("skipped")]
    public void Complete_DataNotRead_HasNoFindings(string name)
    {
        var status = StatusNames.Parse(name)!.Value;
        var result = Check.Warn("x", null, "f").WithFindings([Check.Finding("user", "a", CheckStatus.Warn, "a", "")]) with { Status = status };

        Assert.Empty(ResultFindings.Complete(result).Findings);
    }

    [Fact]
    public void Complete_RepeatedIdsAndControlCharacters_OneFindingEachPrintable()
    {
        var result = Check.Warn("x", null, "f").WithFindings([
            Check.Finding("file", "www/a\u001b[2J.txt", CheckStatus.Warn, "first\nforged line", "fix\u0007"),
            Check.Finding("file", "www/a\u001b[2J.txt", CheckStatus.Fail, "second", ""),
        ]);

        var finding = Assert.Single(ResultFindings.Complete(result).Findings);

        Assert.Equal(new Finding("demo:file:www/a?[2J.txt", CheckStatus.Warn, "first?forged line", "fix?"), finding);
    }

    [Fact]
    public void Complete_TooManyFindings_TheRestFoldIntoOneKeepingTheWorstStatus()
    {
        var many = Enumerable.Range(0, ResultFindings.MaxFindings + 50)
            .Select(i => Check.Finding("file", $"f{i}", i == ResultFindings.MaxFindings + 10 ? CheckStatus.Fail : CheckStatus.Warn, $"file {i}", "fix"));

        var findings = ResultFindings.Complete(Check.Warn("x", null, "fix").WithFindings(many)).Findings;

        Assert.Equal(ResultFindings.MaxFindings, findings.Count);
        Assert.Equal(new Finding("demo:more:findings", CheckStatus.Fail, "… and 51 more like these", "fix"), findings[^1]);
    }

    [Fact]
    public void FindingIds_LongSubjects_AreCutButStayDistinct()
    {
        var a = FindingIds.Of("www_exposure", "file", new string('a', 1000) + "1");
        var b = FindingIds.Of("www_exposure", "file", new string('a', 1000) + "2");

        Assert.NotEqual(a, b);
        Assert.True(a.Length <= "www_exposure:file:".Length + FindingIds.MaxSubjectLength, a);
        Assert.Equal("www_exposure", FindingIds.CheckOf(a));
    }
}
