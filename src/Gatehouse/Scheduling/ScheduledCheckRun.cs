using Gatehouse.Checks;
using Gatehouse.Checks.Engine;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Gatehouse.Scheduling;

/// <summary>
/// One scheduled or requested run: run the checks, log the outcome, tell every <see cref="ICheckReportListener"/>.
/// Runs never overlap (the job is [DisallowConcurrentExecution], and this guards direct callers too). A request
/// ("Run security checks" button) triggers the job; one arriving mid-run is served by a run right after it.
/// </summary>
internal sealed class ScheduledCheckRun(
    CheckRunner runner,
    IEnumerable<ICheckReportListener> listeners,
    ISchedulerFactory schedulers,
    ILogger<ScheduledCheckRun> logger) : ICheckRunRequester, IDisposable
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task<CheckReport> RunAsync(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var report = await runner.RunAsync(cancellationToken);
            Log.RunFinished(logger, report.Score, Count(report, CheckStatus.Fail), Count(report, CheckStatus.Warn), Count(report, CheckStatus.Unavailable));
            foreach (var listener in listeners)
            {
                try
                {
                    await listener.OnReportAsync(report, cancellationToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    Log.ListenerFailed(logger, exception, listener.GetType().Name);
                }
            }
            return report;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public async Task RequestRunAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.TriggerJob(CheckRunJob.Key, cancellationToken);
    }

    public void Dispose() => _oneAtATime.Dispose();

    private static int Count(CheckReport report, CheckStatus status) => report.Results.Count(r => r.Status == status);
}
