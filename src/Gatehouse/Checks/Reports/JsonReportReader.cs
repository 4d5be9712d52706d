using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Checks.Reports;

/// <summary>
/// Reads back what <see cref="JsonReport"/> wrote (the watch keeps the last run in that form). The file may be
/// damaged or hand-edited: it is read within a depth limit, every field is checked, and anything unreadable gives
/// null rather than a half report.
/// </summary>
internal static class JsonReportReader
{
    private const int MaxDepth = 8;

    public static CheckReport? Parse(string text)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { MaxDepth = MaxDepth, DateParseHandling = DateParseHandling.None };
            if (JToken.ReadFrom(reader) is not JObject root
                || root["score"] is not { Type: JTokenType.Integer } score
                || !DateTimeOffset.TryParse((string?)root["generated_at"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var generatedAt)
                || root["checks"] is not JArray checks)
            {
                return null;
            }
            var results = checks.Select(Result).ToList();
            return results.Any(r => r is null) ? null : new CheckReport((int)score, generatedAt, results!);
        }
        catch (Exception exception) when (exception is JsonException or InvalidCastException or OverflowException)
        {
            return null;
        }
    }

    private static CheckResult? Result(JToken token)
    {
        if (token is not JObject check || Text(check, "id") is not { } id || Status(check) is not { } status || check["findings"] is not JArray findings)
        {
            return null;
        }
        var parsed = findings.Select(Finding).ToList();
        if (parsed.Any(f => f is null))
        {
            return null;
        }
        var details = check["details"] is JArray list ? list.Select(d => (string?)d ?? "").ToList() : [];
        return new CheckResult(id, Text(check, "title") ?? id, status, Text(check, "summary") ?? "", details, Text(check, "remediation") ?? "") { Findings = parsed! };
    }

    private static Finding? Finding(JToken token) =>
        token is JObject finding && Text(finding, "id") is { } id && Status(finding) is { } status
            ? new Finding(id, status, Text(finding, "text") ?? "", Text(finding, "fix") ?? "")
            : null;

    private static CheckStatus? Status(JObject item) => StatusNames.Parse(Text(item, "status"));

    private static string? Text(JObject item, string name) => item[name] is { Type: JTokenType.String } value ? (string?)value : null;
}
