using Gatehouse.Logins.Alerting;
using Gatehouse.Logins.Notices;
using Gatehouse.Logins.Recording;
using Gatehouse.Options;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Logins.Pipeline;

/// <summary>
/// Sends alerts, retries the ones that did not go out with capped backoff, marks delivered attempts in the
/// attempt log, and only then dismisses their notice (DESIGN.md §4.6). Owned by the pipeline's single loop.
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
    private readonly List<PendingAlert> _pending = [];

    public DateTimeOffset? NextRetry => _pending.Count == 0 ? null : _pending.Min(p => p.DueAt);

    public int PendingCount => _pending.Count;

    public async Task SendAsync(AlertMessage message, IReadOnlyList<AlertCover> covers, CancellationToken cancellationToken)
    {
        if (!channel.HasTargets)
        {
            return; // No target: HA's notice is the only alert, so it is never dismissed.
        }
        if (await channel.SendAsync(message, cancellationToken))
        {
            await DeliveredAsync(covers, cancellationToken);
            return;
        }
        var retry = new PendingAlert(message, covers) { Failures = 1, DueAt = time.GetUtcNow() + RetryBackoff.After(1) };
        _pending.Add(retry);
        Log.DeliveryFailed(logger, RetryBackoff.After(1));
    }

    public async Task RetryDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var pending in _pending.Where(p => p.DueAt <= now).ToList())
        {
            _pending.Remove(pending);
            if (await channel.SendAsync(pending.Message, cancellationToken))
            {
                Log.DeliveredAfterRetry(logger, pending.Failures);
                await DeliveredAsync(pending.Covers, cancellationToken);
                continue;
            }
            var failures = pending.Failures + 1;
            _pending.Add(pending with { Failures = failures, DueAt = now + RetryBackoff.After(failures) });
            Log.DeliveryFailedAgain(logger, failures, RetryBackoff.After(failures));
        }
    }

    /// <summary>Dismisses the notice when allowed, when the attempt is on disk, and when the notice still shows it.</summary>
    public async Task DismissIfShownAsync(AlertCover cover, CancellationToken cancellationToken)
    {
        if (!options.DismissNotice || !channel.HasTargets || !shown.Shows(cover) || !log.IsOnDisk(cover.Key))
        {
            return;
        }
        if (await dismisser.DismissAsync(cover.NotificationId, cancellationToken))
        {
            shown.Remove(cover.NotificationId);
        }
        else
        {
            Log.DismissFailed(logger, cover.NotificationId);
        }
    }

    private async Task DeliveredAsync(IReadOnlyList<AlertCover> covers, CancellationToken cancellationToken)
    {
        log.MarkAlerted(covers.Select(c => c.Key).ToList());
        foreach (var cover in covers)
        {
            await DismissIfShownAsync(cover, cancellationToken);
        }
    }
}
