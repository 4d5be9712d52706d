using Gatehouse.Checks;

namespace Gatehouse.Watch;

/// <summary>
/// What got worse from one check run to the next: a problem finding that is new or more severe, else a check
/// whose verdict got worse (pass → warn → fail), else a check reading the config folder that could be read last
/// time and now cannot (a file removed or made unreadable looks like tampering). Accepted findings are left out,
/// and so is a check the previous run did not have (its first run is its baseline). Recoveries are not changes.
/// </summary>
internal static class ChangeDetector
{
    public static IReadOnlyList<WatchChange> Worse(CheckReport previous, CheckReport current, IAcceptedFindings accepted, Func<string, bool> readsConfigFolder)
    {
        var before = previous.Results.DistinctBy(r => r.Id).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var changes = new List<WatchChange>();
        foreach (var now in current.Results)
        {
            if (!before.TryGetValue(now.Id, out var then))
            {
                continue;
            }
            var was = then.Findings.Where(f => f.IsProblem).DistinctBy(f => f.Id).ToDictionary(f => f.Id, f => f.Status, StringComparer.Ordinal);
            var open = Open(now, accepted).ToList();
            var fresh = open.Where(f => !was.TryGetValue(f.Id, out var status) || Severity(f.Status) > Severity(status)).ToList();
            if (fresh.Count > 0)
            {
                changes.AddRange(fresh.Select(f => new WatchChange(f.Id, f.Text, f.Fix)));
            }
            else if (Severity(then.Status) >= 0 && Severity(now.Status) > Severity(then.Status) && open.Count > 0 && !NewlyAccepted(now, was, accepted))
            {
                changes.Add(new WatchChange(FindingIds.WholeCheck(now.Id), now.Summary, now.Remediation));
            }
            else if (now.Status == CheckStatus.Unavailable && Severity(then.Status) >= 0 && readsConfigFolder(now.Id))
            {
                changes.Add(new WatchChange(FindingIds.Of(now.Id, FindingIds.WholeCheckKind, "unavailable"), $"{now.Title} can no longer be checked. {now.Summary}", now.Remediation));
            }
        }
        return changes;
    }

    /// <summary>
    /// What the next run is compared with: this run, except that a check that could not run keeps the findings it
    /// had when it last did, so a check back after an outage (HA restarting) does not alert everything again.
    /// </summary>
    public static CheckReport NextBase(CheckReport? previous, CheckReport current)
    {
        var before = previous?.Results.DistinctBy(r => r.Id).ToDictionary(r => r.Id, StringComparer.Ordinal) ?? [];
        return current with
        {
            Results = [.. current.Results.Select(now => Severity(now.Status) < 0 && before.TryGetValue(now.Id, out var then) ? now with { Findings = then.Findings } : now)],
        };
    }

    /// <summary>A new problem the owner accepted explains a worse verdict: that is no news either.</summary>
    private static bool NewlyAccepted(CheckResult now, Dictionary<string, CheckStatus> was, IAcceptedFindings accepted) =>
        now.Findings.Any(f => f.IsProblem && !was.ContainsKey(f.Id) && accepted.Find(f.Id, f.Status, f.Text) is not null);

    /// <summary>The problems of a result the owner has not accepted.</summary>
    public static IEnumerable<Finding> Open(CheckResult result, IAcceptedFindings accepted) =>
        result.Findings.Where(f => f.IsProblem && accepted.Find(f.Id, f.Status, f.Text) is null);

    /// <summary>Pass 0, warn 1, fail 2; -1 for a check that did not run (its verdict says nothing).</summary>
    private static int Severity(CheckStatus status) => status switch
    {
        CheckStatus.Pass => 0,
        CheckStatus.Warn => 1,
        CheckStatus.Fail => 2,
        _ => -1,
    };
}
