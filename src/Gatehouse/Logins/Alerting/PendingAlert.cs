namespace Gatehouse.Logins.Alerting;

/// <summary>An alert that must still go out, and the attempts it covers (attempt key, notice id).</summary>
internal sealed record PendingAlert(AlertMessage Message, IReadOnlyList<AlertCover> Covers)
{
    public int Failures { get; init; }

    public DateTimeOffset DueAt { get; init; }

    /// <summary>The alerts this one stands for: itself, or the failed ones it was coalesced from.</summary>
    public IReadOnlyList<AlertMessage> Parts { get; init; } = [Message];

    /// <summary>The covered attempts it speaks for only as part of a summary or digest, not with an alert of their own.</summary>
    public IReadOnlySet<string> FoldedKeys { get; init; } = EmptyKeys;

    private static readonly IReadOnlySet<string> EmptyKeys = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>A summary or digest: every attempt it covers was folded into it.</summary>
    public static PendingAlert Folding(AlertMessage message, IReadOnlyList<AlertCover> covers) =>
        new(message, covers) { FoldedKeys = covers.Select(c => c.Key).ToHashSet(StringComparer.Ordinal) };

    /// <summary>Two alerts waiting for a retry, as one: a phone that was unreachable gets one message, not a burst.</summary>
    public PendingAlert CoalesceWith(PendingAlert other)
    {
        var parts = Parts.Concat(other.Parts).ToList();
        return new PendingAlert(AlertComposer.ForDelayed(parts), [.. Covers, .. other.Covers])
        {
            Parts = parts,
            FoldedKeys = FoldedKeys.Union(other.FoldedKeys, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal),
            Failures = Math.Max(Failures, other.Failures),
            DueAt = DueAt < other.DueAt ? DueAt : other.DueAt,
        };
    }
}
