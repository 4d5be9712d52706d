using Microsoft.Extensions.Hosting;
using Quartz;

namespace Gatehouse.Scheduling;

/// <summary>
/// The Quartz job: thin on purpose, all logic is in <see cref="ScheduledCheckRun"/>. Never two at once. A stop ends
/// the run at once: Quartz only ends a job when it interrupts it, and waiting for a whole run would use up the
/// host's shutdown budget.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class CheckRunJob(ScheduledCheckRun run, IHostApplicationLifetime lifetime) : IJob
{
    public static readonly JobKey Key = new("security-checks", "gatehouse");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        await run.RunAsync(stopping.Token);
    }
}
