using Gatehouse.Logins.Alerting;

namespace Gatehouse.Watch;

/// <summary>
/// Where the watch's alerts go: the login alerts' notify targets, with the instance's time zone. Without a live HA
/// the channel is <see cref="NoNotifyChannel"/> and the zone stays UTC: nothing is sent and the log is the only record.
/// </summary>
internal sealed class WatchNotifier(INotifyChannel channel, InstanceTimeZone zone)
{
    public bool HasTargets => channel.HasTargets;

    public TimeZoneInfo Zone => zone.Current;

    /// <summary>True when a target took it; false when none did or none is configured.</summary>
    public async Task<bool> SendAsync(AlertMessage message, CancellationToken cancellationToken) =>
        channel.HasTargets && await channel.SendAsync(message, callerReadsOn: false, cancellationToken);
}
