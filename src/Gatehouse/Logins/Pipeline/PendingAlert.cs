using Gatehouse.Logins.Alerting;

namespace Gatehouse.Logins.Pipeline;

/// <summary>An alert that must still go out, and the attempts it covers (attempt key, notice id).</summary>
internal sealed record PendingAlert(AlertMessage Message, IReadOnlyList<AlertCover> Covers)
{
    public int Failures { get; init; }

    public DateTimeOffset DueAt { get; init; }
}
