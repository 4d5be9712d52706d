namespace Gatehouse.Checks;

/// <summary>The owner's decision to live with one finding for a while.</summary>
/// <param name="FindingId">The finding's stable id.</param>
/// <param name="Fingerprint">The finding as it read when accepted (<see cref="FindingFingerprint"/>): a change ends the acceptance.</param>
/// <param name="Reason">Why, in the owner's words (shown beside the finding in the panel, audit and the JSON report).</param>
/// <param name="AcceptedBy">The HA user who accepted it, as the Supervisor's ingress names them; empty outside the add-on.</param>
internal sealed record AcceptedRisk(
    string FindingId,
    string Fingerprint,
    string Reason,
    string AcceptedBy,
    DateTimeOffset AcceptedAt,
    DateTimeOffset Until)
{
    public bool IsActiveAt(DateTimeOffset now) => now < Until;
}
