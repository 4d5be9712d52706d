using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Infrastructure;

/// <summary>The JSON report of <c>audit --format json</c> from a process's output, where log lines (stderr, read from the same stream) start with their time.</summary>
internal static partial class AuditJson
{
    public static JObject Report(GatehouseProcess process) =>
        JObject.Parse(string.Join('\n', process.Output.Where(l => !LogLine().IsMatch(l))));

    /// <summary>The report's entry for one check.</summary>
    public static JToken Check(GatehouseProcess process, string id) => Report(process)["checks"]!.Single(c => (string?)c["id"] == id);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} ")]
    private static partial Regex LogLine();
}
