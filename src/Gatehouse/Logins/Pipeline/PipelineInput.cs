using Gatehouse.Logins.Alerting;
using Gatehouse.Logins.Notices;

namespace Gatehouse.Logins.Pipeline;

/// <summary>What the login pipeline's loop reacts to.</summary>
internal abstract record PipelineInput
{
    /// <summary>Notices HA shows: the backlog at (re)subscribe, or one that was added or re-created.</summary>
    public sealed record NoticesShown(IReadOnlyList<LoginNotice> Notices) : PipelineInput;

    /// <summary>
    /// A notice is gone from HA (dismissed by anyone). <paramref name="Key"/> names the attempt it showed, when HA
    /// said which (its <c>removed</c> event does; a backlog without the id does not): a late removal of an older
    /// attempt must not forget the newer one HA shows now under the same id.
    /// </summary>
    public sealed record NoticeRemoved(string NotificationId, string? Key) : PipelineInput;

    /// <summary>A cooldown window or a retry is due.</summary>
    public sealed record TimerDue : PipelineInput;

    /// <summary>
    /// Completes once everything posted before it has been handled, including the sends and dismisses that set off
    /// (a drain before shutdown, a test's sync point).
    /// </summary>
    public sealed record Barrier(TaskCompletionSource Handled) : PipelineInput;

    /// <summary>An alert's send came back: delivered to at least one target, or not.</summary>
    public sealed record AlertSettled(PendingAlert Alert, bool Delivered) : PipelineInput;

    /// <summary>A dismiss came back: HA accepted it, or not.</summary>
    public sealed record DismissSettled(AlertCover Cover, bool Dismissed) : PipelineInput;

    /// <summary>A send or dismiss failed in a way its code does not expect (a bug): logged, and no longer waited for.</summary>
    public sealed record OperationFailed(Exception Exception) : PipelineInput;
}
