using Gatehouse.Checks;
using Gatehouse.Options;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Gatehouse.Scheduling;

/// <summary>Quartz: one job, one trigger (first run shortly after start, then every check_interval_minutes).</summary>
internal static class SchedulingServiceCollectionExtensions
{
    public static readonly TriggerKey ScheduleKey = new("security-checks-schedule", "gatehouse");

    public static IServiceCollection AddCheckScheduling(this IServiceCollection services, GatehouseOptions options) =>
        services.AddCheckScheduling(new CheckScheduleOptions(options.CheckInterval));

    public static IServiceCollection AddCheckScheduling(this IServiceCollection services, CheckScheduleOptions schedule)
    {
        services.AddSingleton<ScheduledCheckRun>();
        services.AddSingleton<ICheckRunRequester>(sp => sp.GetRequiredService<ScheduledCheckRun>());
        services.AddQuartz(quartz =>
        {
            quartz.AddJob<CheckRunJob>(job => job.WithIdentity(CheckRunJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .ForJob(CheckRunJob.Key)
                .WithIdentity(ScheduleKey)
                .StartAt(DateTimeOffset.UtcNow + schedule.FirstRunDelay)
                .WithSimpleSchedule(s => s.WithInterval(schedule.Interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
        });
        services.AddQuartzHostedService(quartz => quartz.WaitForJobsToComplete = true);
        return services;
    }
}
