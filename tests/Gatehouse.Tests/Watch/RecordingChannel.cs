using Gatehouse.Logins.Alerting;

namespace Gatehouse.Tests.Watch;

/// <summary>A notify channel that keeps what it was sent, and can refuse (no target took it) or have no targets.</summary>
internal sealed class RecordingChannel : INotifyChannel
{
    public List<AlertMessage> Sent { get; } = [];

    public bool Refuse { get; set; }

    public bool Targets { get; set; } = true;

    public bool HasTargets => Targets;

    public Task<bool> SendAsync(AlertMessage message, bool callerReadsOn, CancellationToken cancellationToken)
    {
        if (!Refuse)
        {
            Sent.Add(message);
        }
        return Task.FromResult(!Refuse);
    }
}
