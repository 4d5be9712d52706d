using Gatehouse.HomeAssistant.Client;
using Gatehouse.Logins.Notices;
using Gatehouse.Logins.Pipeline;
using Gatehouse.Logins.Recording;
using Gatehouse.Options;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Logins.Alerting;

/// <summary>
/// Sends alerts, retries the ones that did not go out with capped backoff, marks delivered attempts in the
/// attempt log, and only then dismisses their notices (DESIGN.md §4.6). Sends and dismisses run on their own and
/// come back as <see cref="PipelineInput.AlertSettled"/> and <see cref="PipelineInput.DismissSettled"/>, so the
/// pipeline's loop handles the next notice while HA answers; everything else here is owned by that single loop.
/// </summary>
internal sealed class AlertDelivery(
    INotifyChannel channel,
    INoticeDismisser dismisser,
    AttemptLog log,
    ShownNotices shown,
    GatehouseOptions options,
    TimeProvider time,
    ILogger<AlertDelivery> logger)
{
    /// <summary>Every alert that failed, coalesced into one: retried as one message.</summary>
    /// <summary>An alert that could not be delivered is tried again after 5 s, 10 s, 20 s … at most every 5 min.</summary>
    public static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RetryCap = TimeSpan.FromMinutes(5);

    private PendingAlert? _pending;

    /// <summary>
    /// Dismisses sent and not yet answered: a notice seen again meanwhile (a backlog read answered just before the
    /// dismiss landed, as HA before 2023.6 gives it) must not be dismissed twice.
    /// </summary>
    private readonly HashSet<AlertCover> _dismissing = [];

    public DateTimeOffset? NextRetry => _pending?.DueAt;

    /// <summary>Starts sending; null when there is no target (HA's notice is then the only alert, never dismissed).</summary>
    public Task<PipelineInput>? Send(PendingAlert alert, CancellationToken cancellationToken) =>
        channel.HasTargets ? SendAsync(alert, cancellationToken) : null;

    /// <summary>
    /// Takes sends that came back: the delivered ones' attempts are marked as alerted or folded (one disk write for all), then
    /// their notices' dismisses start (returned); the others wait for a retry.
    /// </summary>
    public IReadOnlyList<Task<PipelineInput>?> Settle(IReadOnlyList<PipelineInput.AlertSettled> settled, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var (alert, _) in settled.Where(s => !s.Delivered))
        {
            var failures = alert.Failures + 1;
            var retry = alert with { Failures = failures, DueAt = now + Backoff.After(failures, FirstRetry, RetryCap) };
            _pending = _pending is null ? retry : _pending.CoalesceWith(retry);
            if (failures == 1)
            {
                Log.DeliveryFailed(logger, Backoff.After(failures, FirstRetry, RetryCap));
            }
            else
            {
                Log.DeliveryFailedAgain(logger, failures, Backoff.After(failures, FirstRetry, RetryCap));
            }
        }
        var delivered = settled.Where(s => s.Delivered).Select(s => s.Alert).ToList();
        foreach (var retried in delivered.Where(a => a.Failures > 0))
        {
            Log.DeliveredAfterRetry(logger, retried.Failures);
        }
        var covers = delivered.SelectMany(a => a.Covers.Select(c => (Cover: c, Folded: a.FoldedKeys.Contains(c.Key)))).ToList();
        if (covers.Count == 0)
        {
            return [];
        }
        log.MarkAlerted(covers.ConvertAll(c => (c.Cover.Key, c.Folded)));
        return covers.ConvertAll(c => Dismiss(c.Cover, cancellationToken));
    }

    /// <summary>Takes the alert waiting for a retry, when its retry is due, to be sent again.</summary>
    public PendingAlert? TakeDue()
    {
        if (_pending is not { } due || due.DueAt > time.GetUtcNow())
        {
            return null;
        }
        _pending = null;
        return due;
    }

    /// <summary>
    /// Starts dismissing the notice when allowed, when the attempt is on disk, and when the notice still shows it;
    /// null otherwise.
    /// </summary>
    public Task<PipelineInput>? Dismiss(AlertCover cover, CancellationToken cancellationToken) =>
        options.DismissNotice && channel.HasTargets && shown.Shows(cover) && log.IsOnDisk(cover.Key) && _dismissing.Add(cover)
            ? DismissAsync(cover, cancellationToken)
            : null;

    public void Settle(PipelineInput.DismissSettled settled)
    {
        _dismissing.Remove(settled.Cover);
        if (settled.Dismissed)
        {
            shown.Forget(settled.Cover);
        }
        else
        {
            Log.DismissFailed(logger, settled.Cover.NotificationId);
        }
    }

    private async Task<PipelineInput> SendAsync(PendingAlert alert, CancellationToken cancellationToken)
    {
        try
        {
            return new PipelineInput.AlertSettled(alert, await channel.SendAsync(alert.Message, callerReadsOn: true, cancellationToken));
        }
        catch (OperationCanceledException)
        {
            // Stopping: not marked as alerted, so it goes out in the summary after the restart.
            return new PipelineInput.AlertSettled(alert, Delivered: false);
        }
    }

    private async Task<PipelineInput> DismissAsync(AlertCover cover, CancellationToken cancellationToken)
    {
        try
        {
            return new PipelineInput.DismissSettled(cover, await dismisser.DismissAsync(cover.NotificationId, cancellationToken));
        }
        catch (OperationCanceledException)
        {
            return new PipelineInput.DismissSettled(cover, Dismissed: false);
        }
    }
}
