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
            new CheckResult("secrets_hygiene", "Inline | secrets", CheckStatus.Fail, "1 password | inline", ["configuration.yaml:3 mqtt_password: written inline"], "Use *!secret*.")
            {
                Findings = [new Finding("secrets_hygiene:inline:configuration.yaml:mqtt_password", CheckStatus.Fail, "configuration.yaml:3 mqtt_password: written inline", "Use *!secret*.")],
            },
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
        var finding = (JObject)json["checks"]![0]!["findings"]!.Single();
        Assert.Equal(["id", "status", "text", "fix", "accepted", "accepted_until", "accepted_by", "reason"], finding.Properties().Select(p => p.Name));
        Assert.False(finding.Value<bool>("accepted"));
        Assert.Equal(("secrets_hygiene:inline:configuration.yaml:mqtt_password", "fail"), (finding.Value<string>("id"), finding.Value<string>("status")));
        Assert.Empty(json["checks"]![1]!["findings"]!);
    }

    [Fact]
    public void Json_ReadBack_GivesTheSameReport()
    {
        var output = new StringWriter();
        JsonReport.Write(Report, output);

        var read = JsonReportReader.Parse(output.ToString());

        Assert.NotNull(read);
        Assert.Equal((Report.Score, Report.GeneratedAt), (read.Score, read.GeneratedAt));
        Assert.Equal(Report.Results.Select(r => (r.Id, r.Status, r.Summary)), read.Results.Select(r => (r.Id, r.Status, r.Summary)));
        Assert.Equal(Report.Results.SelectMany(r => r.Findings), read.Results.SelectMany(r => r.Findings));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"score\":1")]
    [InlineData("[]")]
    [InlineData("{\"score\":\"x\",\"generated_at\":\"2026-11-28T03:05:06Z\",\"checks\":[]}")]
    [InlineData("{\"score\":1,\"generated_at\":\"2026-11-28T03:05:06Z\",\"checks\":[{\"id\":\"a\",\"status\":\"bad\",\"findings\":[]}]}")]
    [InlineData("{\"score\":1,\"generated_at\":\"2026-11-28T03:05:06Z\",\"checks\":[{\"id\":\"a\",\"status\":\"warn\",\"findings\":[{\"id\":7}]}]}")]
    [InlineData("{\"score\":1,\"generated_at\":\"2026-11-28T03:05:06Z\",\"checks\":[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]}")]
    public void Json_ReadBackDamaged_GivesNothingRatherThanHalf(string text) => Assert.Null(JsonReportReader.Parse(text));

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
        Assert.Contains(lines, l => l.TrimStart() == "Finding secrets_hygiene:inline:configuration.yaml:mqtt_password (fail): configuration.yaml:3 mqtt_password: written inline");
    }

    [Fact]
    public void Markdown_ListsTheFindingIdsAsCode()
    {
        var output = new StringWriter();
        MarkdownReport.Write(Report, output);

        Assert.Contains("- `secrets_hygiene:inline:configuration.yaml:mqtt_password` (fail): configuration.yaml:3 mqtt\\_password: written inline", output.ToString(), StringComparison.Ordinal);
    }

    private static readonly CheckReport Hostile = new(
        0,
        new DateTimeOffset(2026, 11, 28, 4, 5, 6, TimeSpan.Zero),
        [
            new CheckResult("www_exposure", "Private files", CheckStatus.Fail, "1 file\u001b]0;owned\u0007 is public.", ["www/\u001b[2J\u001b[31mevil\r\nFAKE LINE\u009b1m\u202etxt.exe: backup"], "Move \u0000it.")
            {
                Findings = [new Finding("www_exposure:file:www/\u001b[2J\r\nFAKE LINE", CheckStatus.Fail, "evil\r\nFAKE LINE\u202e", "Move \u0000it.")],
            },
        ]);

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("json")]
    public void AnyFormat_ControlCharactersFromTheFolder_NeverReachTheOutput(string name)
    {
        var format = Enum.Parse<ReportFormat>(name, ignoreCase: true);
        var output = new StringWriter();
        switch (format)
        {
            case ReportFormat.Json:
                JsonReport.Write(Hostile, output);
                break;
            case ReportFormat.Markdown:
                MarkdownReport.Write(Hostile, output);
                break;
            default:
                TextReport.Write(Hostile, output, colour: false);
                break;
        }

        var text = output.ToString();
        var raw = format == ReportFormat.Json ? JObject.Parse(text).ToString(Newtonsoft.Json.Formatting.None) : text;
        Assert.DoesNotContain(raw, c => char.IsControl(c) && c != '\n' || c is '\u202e');
        Assert.DoesNotContain(text.Split('\n'), line => line.StartsWith("FAKE LINE", StringComparison.Ordinal));
        Assert.Contains("evil", text, StringComparison.Ordinal);
    }
}
