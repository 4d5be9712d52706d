using System.Threading.Channels;
using Gatehouse.Checks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Mqtt;

/// <summary>
/// Carries "Run security checks" presses from MQTT's receive path to <see cref="ICheckRunRequester"/>, off that
/// path (a run may take a while). Presses that arrive while one is waiting fold into it.
/// </summary>
internal sealed class RunChecksButton(ICheckRunRequester requester, ILogger<RunChecksButton> logger) : BackgroundService
{
    private readonly Channel<bool> _presses = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    public void Press() => _presses.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var _ in _presses.Reader.ReadAllAsync(stoppingToken))
        {
            Log.RunChecksPressed(logger);
            try
            {
                await requester.RequestRunAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                Log.RunChecksFailed(logger, exception);
            }
        }
    }
}
