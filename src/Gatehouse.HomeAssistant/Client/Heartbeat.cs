using Gatehouse.HomeAssistant.Commands;
using Gatehouse.HomeAssistant.Connection;
using Microsoft.Extensions.Logging;

namespace Gatehouse.HomeAssistant.Client;

/// <summary>
/// HA <c>ping</c> every interval while the session lives. A missing <c>pong</c> means the link is dead even when
/// the socket looks open (a sleeping NAT, a frozen HA): the session ends and the client reconnects.
/// </summary>
internal sealed class Heartbeat(HomeAssistantClientOptions options, TimeProvider timeProvider, ILogger logger)
{
    /// <summary>Runs until the session ends; returns why.</summary>
    public async Task<DisconnectReason> RunAsync(HomeAssistantConnection connection, CancellationToken cancellationToken)
    {
        while (true)
        {
            using (var tick = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                var first = await Task.WhenAny(connection.Closed, Task.Delay(options.HeartbeatInterval, timeProvider, tick.Token));
                await tick.CancelAsync();
                cancellationToken.ThrowIfCancellationRequested();
                if (first == connection.Closed)
                {
                    return DisconnectReason.ConnectionLost;
                }
            }
            using var pong = new CancellationTokenSource(options.PongTimeout, timeProvider);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, pong.Token);
            try
            {
                await connection.SendAsync(new PingCommand(), linked.Token);
            }
            catch (OperationCanceledException) when (pong.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                Log.HeartbeatMissed(logger, options.PongTimeout.TotalSeconds);
                return DisconnectReason.HeartbeatMissed;
            }
            catch (HomeAssistantConnectionException)
            {
                return DisconnectReason.ConnectionLost;
            }
            catch (HomeAssistantCommandException)
            {
                // An error answer is still an answer: the link is alive.
            }
        }
    }
}
