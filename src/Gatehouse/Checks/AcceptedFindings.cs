namespace Gatehouse.Checks;

/// <summary>
/// Marks the problems the owner accepted (<see cref="IAcceptedFindings"/>) in a result, and says what a result
/// counts as once they are: a warning or failure whose every problem is accepted counts as a pass for the score
/// and the binary sensor, while the report still lists it, as accepted.
/// </summary>
internal static class AcceptedFindings
{
    /// <summary>Nothing accepted: the checks' report as it is.</summary>
    public static IAcceptedFindings None { get; } = new NoneAccepted();

    public static CheckResult Mark(CheckResult result, IAcceptedFindings accepted) =>
        result.Findings.Any(f => f.IsProblem)
            ? result with { Findings = [.. result.Findings.Select(f => f.IsProblem ? f with { Accepted = accepted.Find(f.Id, f.Status, f.Text) } : f)] }
            : result;

    /// <summary>True for a warning or failure whose every problem the owner accepted.</summary>
    public static bool IsAccepted(this CheckResult result) =>
        result.Status is CheckStatus.Warn or CheckStatus.Fail
        && result.Findings.Any(f => f.IsProblem)
        && !result.Findings.Any(f => f.IsOpenProblem);

    /// <summary>The status the score and the binary sensor go by.</summary>
    public static CheckStatus EffectiveStatus(this CheckResult result) => result.IsAccepted() ? CheckStatus.Pass : result.Status;

    private sealed class NoneAccepted : IAcceptedFindings
    {
        public AcceptedRisk? Find(string findingId, CheckStatus status, string text) => null;
    }
}
