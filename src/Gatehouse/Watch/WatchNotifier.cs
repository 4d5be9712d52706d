using Gatehouse.Logins.Alerting;

namespace Gatehouse.Watch;

/// <summary>
/// Where the watch's alerts go: the login alerts' notify targets, with the instance's time zone. Both exist only
/// when Gatehouse watches a live HA; without one, nothing is sent and the log is the only record.
/// </summary>
internal sealed class WatchNotifier(IEnumerable<INotifyChannel> channels, IEnumerable<InstanceTimeZone> zones)
{
    private readonly INotifyChannel? _channel = channels.FirstOrDefault();
    private readonly InstanceTimeZone? _zone = zones.FirstOrDefault();

    public bool HasTargets => _channel?.HasTargets ?? false;

    public TimeZoneInfo Zone => _zone?.Current ?? TimeZoneInfo.Utc;

    /// <summary>True when a target took it; false when none did or none is configured.</summary>
    public async Task<bool> SendAsync(AlertMessage message, CancellationToken cancellationToken) =>
        _channel is { HasTargets: true } channel && await channel.SendAsync(message, cancellationToken);
}
