using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Checks.Reports;

/// <summary><c>{"score":N,"generated_at":"…","checks":[{"id","title","status","summary","details":[…],"remediation"}]}</c>.</summary>
internal static class JsonReport
{
    public static void Write(CheckReport report, TextWriter output)
    {
        var json = new JObject
        {
            ["score"] = report.Score,
            ["generated_at"] = report.GeneratedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["checks"] = new JArray(report.Results.Select(r => new JObject
            {
                ["id"] = r.Id,
                ["title"] = r.Title,
                ["status"] = r.Status.Name(),
                ["summary"] = r.Summary,
                ["details"] = new JArray(r.Details),
                ["remediation"] = r.Remediation,
            })),
        };
        output.WriteLine(json.ToString(Formatting.Indented));
    }
}
