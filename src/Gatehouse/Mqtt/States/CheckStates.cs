using Gatehouse.Checks;
using Gatehouse.Mqtt.Connection;
using Gatehouse.Mqtt.Discovery;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Mqtt.States;

/// <summary>
/// The messages for the check entities: score, last run and one problem sensor per check. A check whose data
/// could not be read (or that was skipped) shows "unknown", never "no problem".
/// </summary>
internal static class CheckStates
{
    public static IEnumerable<OutboundMessage> Report(CheckReport report, IReadOnlyDictionary<string, string> checkObjectIds)
    {
        yield return OutboundMessage.State(GatehouseTopics.State(GatehouseEntities.SecurityScore), StateFormat.Number(report.Score));
        yield return OutboundMessage.State(GatehouseTopics.Attributes(GatehouseEntities.SecurityScore), StateFormat.Json(Summary(report)));
        yield return OutboundMessage.State(GatehouseTopics.State(GatehouseEntities.LastCheckRun), StateFormat.Timestamp(report.GeneratedAt));

        foreach (var result in report.Results)
        {
            if (!checkObjectIds.TryGetValue(result.Id, out var objectId))
            {
                continue;
            }
            yield return OutboundMessage.State(GatehouseTopics.State(objectId), ProblemState(result.EffectiveStatus()));
            yield return OutboundMessage.State(GatehouseTopics.Attributes(objectId), StateFormat.Json(new JObject
            {
                ["status"] = StatusName(result.Status),
                ["summary"] = StateFormat.Text(result.Summary),
                ["details"] = StateFormat.List(result.Details, StateFormat.MaxListItems),
                ["remediation"] = StateFormat.Text(result.Remediation),
                // The ids an automation or the panel can refer to; the texts are in details already.
                ["findings"] = StateFormat.List(result.Findings.Where(f => f.IsProblem).Select(f => f.Id), StateFormat.MaxListItems),
                // Problems the owner accepted in the panel: listed, but they leave the sensor off.
                ["accepted"] = StateFormat.List(result.Findings.Where(f => f.Accepted is not null).Select(f => f.Id), StateFormat.MaxListItems),
            }));
        }
    }

    public static string ProblemState(CheckStatus status) => status switch
    {
        CheckStatus.Fail or CheckStatus.Warn => BinarySensorDiscovery.On,
        CheckStatus.Pass => BinarySensorDiscovery.Off,
        _ => StateFormat.Unknown,
    };

    /// <summary>pass, warn, fail, unavailable, skipped.</summary>
    public static string StatusName(CheckStatus status) => StateFormat.EnumName(status);

    private static JObject Summary(CheckReport report)
    {
        int Count(CheckStatus status) => report.Results.Count(r => r.Status == status);
        var (failed, warned, passed, unavailable) = (Count(CheckStatus.Fail), Count(CheckStatus.Warn), Count(CheckStatus.Pass), Count(CheckStatus.Unavailable));
        var summary = failed + warned == 0
            ? $"No problems found by {passed} check(s)"
            : $"{failed} problem(s) and {warned} warning(s) in {report.Results.Count} check(s)";
        if (unavailable > 0)
        {
            summary += $"; {unavailable} could not be checked";
        }
        return new JObject
        {
            ["summary"] = summary,
            ["failed"] = failed,
            ["warnings"] = warned,
            ["passed"] = passed,
            ["unavailable"] = unavailable,
        };
    }
}
