namespace Gatehouse.Watch;

/// <summary>Told of every alert the watch sends (the MQTT <c>security_change</c> event entity listens).</summary>
internal interface ISecurityChangeListener
{
    Task OnChangesAsync(IReadOnlyList<WatchChange> changes, CancellationToken cancellationToken);
}
