namespace Gatehouse.Checks;

/// <summary>
/// One thing a check found, with an id that stays the same from run to run for as long as the thing does: the
/// watch compares runs by it, and an accepted risk is keyed on it.
/// </summary>
/// <param name="Id"><c>&lt;check&gt;:&lt;kind&gt;:&lt;subject&gt;</c>, for example <c>admins:user:&lt;user id&gt;</c> (see <see cref="FindingIds"/>).</param>
/// <param name="Status">Warn or fail for something to act on; pass for a fact worth keeping that needs nothing.</param>
/// <param name="Text">What was found, in one line a home owner understands ("Carol is an administrator").</param>
/// <param name="Fix">What to do about it; empty when nothing needs doing.</param>
internal sealed record Finding(string Id, CheckStatus Status, string Text, string Fix)
{
    /// <summary>Something to act on: counted as open, alerted when new.</summary>
    public bool IsProblem => Status is CheckStatus.Warn or CheckStatus.Fail;

    /// <summary>The owner's standing acceptance of this problem (set by the runner from <see cref="IAcceptedFindings"/>); null when none.</summary>
    public AcceptedRisk? Accepted { get; init; }

    /// <summary>A problem the owner has not accepted: it lowers the score, turns the binary sensor on and alerts.</summary>
    public bool IsOpenProblem => IsProblem && Accepted is null;
}
