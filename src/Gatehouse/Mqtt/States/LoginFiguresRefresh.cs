using Microsoft.Extensions.Hosting;

namespace Gatehouse.Mqtt.States;

/// <summary>Refreshes the login sensors every few minutes, so the 24-hour count falls as old attempts age out.</summary>
internal sealed class LoginFiguresRefresh(EntityStatePublisher publisher, TimeProvider timeProvider) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    private PeriodicTimer? _timer;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Started here, not in ExecuteAsync (which .NET runs later on the thread pool): the period counts from start.
        _timer = new PeriodicTimer(Interval, timeProvider);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await _timer!.WaitForNextTickAsync(stoppingToken))
        {
            publisher.RefreshLoginFigures();
        }
    }

    public override void Dispose()
    {
        _timer?.Dispose();
        base.Dispose();
    }
}
