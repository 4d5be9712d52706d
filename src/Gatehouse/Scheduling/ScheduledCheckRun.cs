using Gatehouse.Checks;
using Gatehouse.Checks.Engine;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Gatehouse.Scheduling;

/// <summary>
/// One scheduled or requested run: run the checks, log the outcome, tell every <see cref="ICheckReportListener"/>.
/// Runs never overlap (the job is [DisallowConcurrentExecution], and this guards direct callers too). A request
/// ("Run security checks" button) triggers the job; a request while a run is under way is answered "already
/// running" in the log (its results are minutes old at most when they arrive), and requests arriving while one is
/// already waiting to start are served by that one, so pressing the button five times starts one run, not five.
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

    /// <summary>1 while a run is under way.</summary>
    private int _running;

    public async Task<CheckReport> RunAsync(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        // This run serves every request made before it started.
        Interlocked.Exchange(ref _requestWaiting, 0);
        Interlocked.Exchange(ref _running, 1);
        try
        {
            var report = await runner.RunAsync(cancellationToken);
            // From here on a press asks for fresh results, which this run no longer gives.
            Interlocked.Exchange(ref _running, 0);
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
            Interlocked.Exchange(ref _running, 0);
            _oneAtATime.Release();
        }
    }

    public async Task RequestRunAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _running) == 1)
        {
            Log.RunAlreadyUnderWay(logger);
            return;
        }
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
