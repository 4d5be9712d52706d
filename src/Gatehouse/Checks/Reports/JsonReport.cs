using System.Globalization;
using Gatehouse.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Checks.Reports;

/// <summary>
/// <c>{"score":N,"generated_at":"…","checks":[{"id","title","status","summary","details":[…],"remediation","accepted","findings":[{"id","status","text","fix","accepted","accepted_until","accepted_by","reason"}]}]}</c>;
/// a check is accepted when every problem it found is.
/// JSON would escape control characters, but a script that prints a field would still pass them to a terminal.
/// </summary>
internal static class JsonReport
{
    public static void Write(CheckReport report, TextWriter output)
    {
        var json = new JObject
        {
            ["score"] = report.Score,
            ["generated_at"] = Timestamp(report.GeneratedAt),
            ["checks"] = new JArray(report.Results.Select(r => new JObject
            {
                ["id"] = PrintableText.Clean(r.Id),
                ["title"] = PrintableText.Clean(r.Title),
                ["status"] = r.Status.Name(),
                ["summary"] = PrintableText.Clean(r.Summary),
                ["details"] = new JArray(r.Details.Select(PrintableText.Clean)),
                ["remediation"] = PrintableText.Clean(r.Remediation),
                ["accepted"] = r.IsAccepted(),
                ["findings"] = new JArray(r.Findings.Select(f => new JObject
                {
                    ["id"] = PrintableText.Clean(f.Id),
                    ["status"] = f.Status.Name(),
                    ["text"] = PrintableText.Clean(f.Text),
                    ["fix"] = PrintableText.Clean(f.Fix),
                    ["accepted"] = f.Accepted is not null,
                    ["accepted_until"] = f.Accepted is { } risk ? Timestamp(risk.Until) : null,
                    ["accepted_by"] = f.Accepted is { } by ? PrintableText.Clean(by.AcceptedBy) : null,
                    ["reason"] = f.Accepted is { } why ? PrintableText.Clean(why.Reason) : null,
                })),
            })),
        };
        output.WriteLine(json.ToString(Formatting.Indented));
    }

    private static string Timestamp(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
