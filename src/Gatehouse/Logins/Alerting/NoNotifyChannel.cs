namespace Gatehouse.Logins.Alerting;

/// <summary>
/// The notify channel where Gatehouse watches no live HA (none configured): there is nobody to send to, so nothing is
/// sent and the log is the only record.
/// </summary>
internal sealed class NoNotifyChannel : INotifyChannel
{
    public bool HasTargets => false;

    public Task<bool> SendAsync(AlertMessage message, bool callerReadsOn, CancellationToken cancellationToken) => Task.FromResult(false);
}
