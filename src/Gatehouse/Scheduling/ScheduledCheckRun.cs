using Gatehouse.Checks;
using Gatehouse.Checks.Engine;
using Gatehouse.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Gatehouse.Scheduling;

/// <summary>
/// One scheduled or requested run: run the checks, log the outcome, tell every <see cref="ICheckReportListener"/>.
/// Runs never overlap (the job is [DisallowConcurrentExecution], and this guards direct callers too). A request
/// ("Run security checks" button) triggers the job; requests arriving while one is already waiting to start are
/// served by that one, so pressing the button five times during a run queues one more run, not five.
/// </summary>
internal sealed class ScheduledCheckRun(
    CheckRunner runner,
    IEnumerable<ICheckReportListener> listeners,
    ISchedulerFactory schedulers,
    ILogger<ScheduledCheckRun> logger) : ICheckRunRequester, IDisposable
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>1 while a requested run is waiting to start.</summary>
    private int _requestWaiting;

    public async Task<CheckReport> RunAsync(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        // This run serves every request made before it started.
        Interlocked.Exchange(ref _requestWaiting, 0);
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
            // A run reads the whole config folder and drops it again; runs are hours apart.
            MemoryRelease.Now();
            return report;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public async Task RequestRunAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _requestWaiting, 1) == 1)
        {
            return;
        }
        try
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            await scheduler.TriggerJob(CheckRunJob.Key, cancellationToken);
        }
        catch
        {
            Interlocked.Exchange(ref _requestWaiting, 0);
            throw;
        }
    }

    public void Dispose() => _oneAtATime.Dispose();

    private static int Count(CheckReport report, CheckStatus status) => report.Results.Count(r => r.Status == status);
}
