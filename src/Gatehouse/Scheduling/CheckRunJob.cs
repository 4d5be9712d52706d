using Quartz;

namespace Gatehouse.Scheduling;

/// <summary>The Quartz job: thin on purpose, all logic is in <see cref="ScheduledCheckRun"/>. Never two at once.</summary>
[DisallowConcurrentExecution]
internal sealed class CheckRunJob(ScheduledCheckRun run) : IJob
{
    public static readonly JobKey Key = new("security-checks", "gatehouse");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await run.RunAsync(cancellationToken);
}
