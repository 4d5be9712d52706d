using Gatehouse.Checks;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Watch;

/// <summary>
/// After each check run: compares it with the run before (<see cref="ChangeDetector"/>) and sends what got worse
/// as one message; the first run ever sends one summary instead. The run is then kept, in memory and in the data
/// folder, as what the next run is compared with, so a restart does not alert again. When the message could not
/// be delivered, the old base is kept, so the next run finds the same changes and tries again. Runs never overlap
/// (ScheduledCheckRun), so neither do these calls.
/// </summary>
internal sealed class ChangeWatch(
    LastReportFile file,
    IAcceptedFindings accepted,
    ConfigFolderChecks configFolderChecks,
    WatchNotifier notifier,
    AnnouncedChanges announced,
    IEnumerable<ISecurityChangeListener> listeners,
    TimeProvider time,
    ILogger<ChangeWatch> logger) : ICheckReportListener
{
    private CheckReport? _base;
    private bool _loaded;

    public async Task OnReportAsync(CheckReport report, CancellationToken cancellationToken)
    {
        var previous = Base();
        var alreadyAnnounced = announced.Take();
        if (previous is null)
        {
            var open = report.Results.SelectMany(r => ChangeDetector.Open(r, accepted)).ToList();
            Log.BaselineSet(logger, report.Score, open.Count);
            if (!await DeliverAsync(ChangeMessages.Baseline(report, open), cancellationToken))
            {
                return;
            }
        }
        else if (ChangeDetector.Worse(previous, report, accepted, configFolderChecks.Contains).Where(c => !alreadyAnnounced.Contains(c.Id)).ToList() is { Count: > 0 } changes)
        {
            Log.ChangesFound(logger, changes.Count, string.Join("; ", changes.Select(c => c.Text)));
            foreach (var listener in listeners)
            {
                await listener.OnChangesAsync(changes, ChangeOrigin.CheckRun, time.GetUtcNow(), cancellationToken);
            }
            if (!await DeliverAsync(ChangeMessages.NewSince(previous.GeneratedAt, time.GetUtcNow(), notifier.Zone, changes), cancellationToken))
            {
                return;
            }
        }
        else
        {
            Log.NothingWorse(logger);
        }
        _base = ChangeDetector.NextBase(previous, report);
        file.Write(_base);
        var openNow = report.Results.SelectMany(r => ChangeDetector.Open(r, accepted)).ToList();
        foreach (var listener in listeners)
        {
            await listener.OnOpenFindingsAsync(openNow, cancellationToken);
        }
    }

    /// <summary>False when targets are configured and none took it: then the base stays, and the next run tries again.</summary>
    private async Task<bool> DeliverAsync(Logins.Alerting.AlertMessage message, CancellationToken cancellationToken)
    {
        if (!notifier.HasTargets || await notifier.SendAsync(message, cancellationToken))
        {
            return true;
        }
        Log.ChangeNotDelivered(logger);
        return false;
    }


    /// <summary>The run to compare with: the one in memory, else the one on disk (read once), else none.</summary>
    private CheckReport? Base()
    {
        if (!_loaded)
        {
            _base = file.Read();
            _loaded = true;
        }
        return _base;
    }
}
