using Gatehouse.Checks;

namespace Gatehouse.Tests.Watch;

/// <summary>Accepted findings as the panel's store answers: an acceptance holds while the finding reads the same.</summary>
internal sealed class AcceptedList : IAcceptedFindings
{
    private readonly List<Finding> _accepted = [];

    public void Add(Finding finding) => _accepted.Add(finding);

    public AcceptedRisk? Find(string findingId, CheckStatus status, string text) =>
        _accepted.Any(f => f.Id == findingId && f.Status == status && f.Text == text)
            ? new AcceptedRisk(findingId, FindingFingerprint.Of(status, text), "test", "", WatchReports.Start, WatchReports.Start.AddDays(30))
            : null;
}
