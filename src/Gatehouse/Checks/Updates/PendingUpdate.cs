namespace Gatehouse.Checks.Updates;

/// <summary>One thing with a newer version out: its name, installed → latest, and since when the update is known.</summary>
/// <param name="Since">The earliest moment the update is known to exist, or null when nothing tells.</param>
internal sealed record PendingUpdate(string Name, UpdateKind Kind, string Installed, string Latest, DateTimeOffset? Since)
{
    public override string ToString() => $"{Name}: {Installed} → {Latest}";
}
