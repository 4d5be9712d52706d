namespace Gatehouse.Logins.Alerting;

/// <summary>An alert that must still go out, and the attempts it covers (attempt key, notice id).</summary>
internal sealed record PendingAlert(AlertMessage Message, IReadOnlyList<AlertCover> Covers)
{
    public int Failures { get; init; }

    public DateTimeOffset DueAt { get; init; }

    /// <summary>The alerts this one stands for: itself, or the failed ones it was coalesced from.</summary>
    public IReadOnlyList<AlertMessage> Parts { get; init; } = [Message];

    /// <summary>Two alerts waiting for a retry, as one: a phone that was unreachable gets one message, not a burst.</summary>
    public PendingAlert CoalesceWith(PendingAlert other)
    {
        var parts = Parts.Concat(other.Parts).ToList();
        return new PendingAlert(AlertComposer.ForDelayed(parts), [.. Covers, .. other.Covers])
        {
            Parts = parts,
            Failures = Math.Max(Failures, other.Failures),
            DueAt = DueAt < other.DueAt ? DueAt : other.DueAt,
        };
    }
}
