namespace Gatehouse.Checks;

/// <summary>
/// The risks the owner accepted in the panel. An acceptance holds only for the finding as it read when it was
/// accepted: once the finding's status or text changes, or the acceptance expires, it no longer counts, and the
/// finding is back in the score, on its binary sensor and in the alerts.
/// </summary>
internal interface IAcceptedFindings
{
    /// <summary>The standing acceptance of this finding as it reads now, or null: none, expired, or the finding changed.</summary>
    AcceptedRisk? Find(string findingId, CheckStatus status, string text);
}
