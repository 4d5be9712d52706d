using Gatehouse.Checks;

namespace Gatehouse.Watch;

/// <summary>
/// Keeps each finished check run as the one the next run is compared with: in memory, and in the data folder so a
/// restart compares with the run before it, not with nothing. Runs never overlap (ScheduledCheckRun), so
/// neither do these calls.
/// </summary>
internal sealed class ChangeWatch(LastReportFile file) : ICheckReportListener
{
    private CheckReport? _last;
    private bool _loaded;

    public Task OnReportAsync(CheckReport report, CancellationToken cancellationToken)
    {
        _ = Previous();
        file.Write(report);
        _last = report;
        return Task.CompletedTask;
    }

    /// <summary>The run before this one: the one in memory, else the one on disk (read once), else none.</summary>
    private CheckReport? Previous()
    {
        if (!_loaded)
        {
            _last = file.Read();
            _loaded = true;
        }
        return _last;
    }
}
