using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;
using Gatehouse.HomeAssistant.Connection;

namespace Gatehouse.HomeAssistant.Client;

/// <summary>
/// A subscription's queue as its consumer reads it: each read that brings the backlog down to
/// <see cref="ReadGate.ResumeAt"/> tells the gate, which may be holding HA's frames back.
/// </summary>
internal sealed class PacedReader<T>(ChannelReader<T> inner, Action caughtUp) : ChannelReader<T>
{
    public override Task Completion => inner.Completion;

    public override bool CanCount => true;

    public override int Count => inner.Count;

    public override bool TryRead([MaybeNullWhen(false)] out T item)
    {
        if (!inner.TryRead(out item))
        {
            return false;
        }
        if (inner.Count <= ReadGate.ResumeAt)
        {
            caughtUp();
        }
        return true;
    }

    public override bool TryPeek([MaybeNullWhen(false)] out T item) => inner.TryPeek(out item);

    public override ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken = default) =>
        inner.WaitToReadAsync(cancellationToken);
}
