using Gatehouse.HomeAssistant.Client;
using Gatehouse.HomeAssistant.Commands;
using Gatehouse.Logins.Alerting;
using Gatehouse.Logins.Pipeline;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Logins.Watching;

/// <summary>
/// Runs the login side of Gatehouse: the pipeline, the notice watcher, and on every connection the instance's
/// time zone and the notify targets (an unknown target is a warning that names it).
/// </summary>
internal sealed class LoginMonitor(
    IHomeAssistantClient client,
    LoginPipeline pipeline,
    NoticeWatcher watcher,
    HomeAssistantNotifyChannel notify,
    InstanceTimeZone timeZone,
    ILogger<LoginMonitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!notify.HasTargets)
        {
            Log.NoTargets(logger);
        }
        await Task.WhenAll(
            pipeline.RunAsync(stoppingToken),
            watcher.RunAsync(stoppingToken),
            FollowConnectionsAsync(stoppingToken));
    }

    private async Task FollowConnectionsAsync(CancellationToken cancellationToken)
    {
        await foreach (var _ in client.WatchConnectionsAsync(cancellationToken))
        {
            try
            {
                var config = await client.SendAsync(new GetConfigCommand(), cancellationToken);
                if (!timeZone.Set(config.TimeZone) && config.TimeZone is { } unknown)
                {
                    Log.UnknownTimeZone(logger, unknown);
                }
                notify.Invalidate();
                if (notify.HasTargets)
                {
                    await notify.ResolveAsync(cancellationToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                Log.ConnectionSetupFailed(logger, exception.Message);
            }
        }
    }
}
