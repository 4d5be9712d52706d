using Gatehouse.Checks;
using Gatehouse.Checks.Reports;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Tests.Checks.Reports;

public sealed class ReportFormattingTests
{
    private static readonly CheckReport Report = new(
        40,
        new DateTimeOffset(2026, 11, 28, 4, 5, 6, TimeSpan.FromHours(1)),
        [
            new CheckResult("secrets_hygiene", "Inline | secrets", CheckStatus.Fail, "1 password | inline", ["configuration.yaml:3 mqtt_password: written inline"], "Use *!secret*."),
            new CheckResult("mfa", "MFA", CheckStatus.Pass, "All fine.", [], ""),
            new CheckResult("updates", "Updates", CheckStatus.Skipped, "Needs a live HA.", [], ""),
        ]);

    [Fact]
    public void Json_TimesAreUtcAndStatusesLowerCase()
    {
        var output = new StringWriter();
        JsonReport.Write(Report, output);

        Assert.Contains("\"generated_at\": \"2026-11-28T03:05:06Z\"", output.ToString(), StringComparison.Ordinal);
        var json = JObject.Parse(output.ToString());
        Assert.Equal(["fail", "pass", "skipped"], json["checks"]!.Select(c => c.Value<string>("status")));
        Assert.Equal(["configuration.yaml:3 mqtt_password: written inline"], json["checks"]![0]!["details"]!.Values<string>());
    }

    [Fact]
    public void Markdown_EscapesTablePipesAndEmphasis()
    {
        var output = new StringWriter();
        MarkdownReport.Write(Report, output);

        var markdown = output.ToString();
        Assert.Contains("| ❌ fail | `secrets_hygiene` | 1 password \\| inline |", markdown, StringComparison.Ordinal);
        Assert.Contains("- configuration.yaml:3 mqtt\\_password: written inline", markdown, StringComparison.Ordinal);
        Assert.Contains("**Fix:** Use \\*!secret\\*.", markdown, StringComparison.Ordinal);
        Assert.Contains("1 passed, 0 warnings, 1 failed, 1 not checked (left out of the score).", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_ShowsDetailsAndFixOnlyForChecksThatNeedAttention()
    {
        var output = new StringWriter();
        TextReport.Write(Report, output, colour: false);

        var lines = output.ToString().Split('\n');
        Assert.Equal("Gatehouse security audit: score 40/100 (2026-11-28 03:05 UTC)", lines[0]);
        Assert.Contains(lines, l => l.TrimStart() == "- configuration.yaml:3 mqtt_password: written inline");
        Assert.Single(lines, l => l.TrimStart().StartsWith("Fix:", StringComparison.Ordinal));
    }
}
