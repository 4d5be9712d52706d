using Gatehouse.Checks;

namespace Gatehouse.Watch;

/// <summary>Told of what the watch finds (the MQTT <c>security_change</c> event and open findings sensor listen).</summary>
internal interface ISecurityChangeListener
{
    /// <summary>Each change an alert announces, when it was seen.</summary>
    Task OnChangesAsync(IReadOnlyList<WatchChange> changes, ChangeOrigin origin, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>After each check run: the problems open now, accepted ones left out.</summary>
    Task OnOpenFindingsAsync(IReadOnlyList<Finding> open, CancellationToken cancellationToken);
}
