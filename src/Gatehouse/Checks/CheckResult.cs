namespace Gatehouse.Checks;

/// <summary>What one check found, in words a home owner can act on.</summary>
/// <param name="Id">Fixed id (<c>mfa</c>, <c>ip_ban</c>…): entity ids and JSON reports rely on it.</param>
/// <param name="Summary">One line: what is wrong, or that all is well, or why it could not be checked.</param>
/// <param name="Details">A short list: the users, files, ports… concerned.</param>
/// <param name="Remediation">What to do about it; empty when nothing needs doing.</param>
internal sealed record CheckResult(
    string Id,
    string Title,
    CheckStatus Status,
    string Summary,
    IReadOnlyList<string> Details,
    string Remediation)
{
    /// <summary>
    /// Each thing found, with a stable id. The runner completes the list (<see cref="Engine.ResultFindings"/>): a
    /// warning or failing result that names none gets one for the check as a whole.
    /// </summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];
}
