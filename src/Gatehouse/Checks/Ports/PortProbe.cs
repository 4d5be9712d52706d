using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Gatehouse.Checks.Ports;

/// <summary>
/// A TCP connect probe: which of the given ports accept a connection. Up to <see cref="MaxConcurrentConnects"/>
/// connects at once, each given <see cref="ConnectTimeout"/> (a firewall that drops the SYN gives no answer at all).
/// Each socket closes with a reset (linger 0), so the probe leaves no TIME_WAIT sockets behind, and sends nothing.
/// </summary>
internal sealed class PortProbe
{
    public const int MaxConcurrentConnects = 512;
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(1);

    private static readonly LingerOption ResetOnClose = new(true, 0);

    public async Task<IReadOnlyList<int>> OpenPortsAsync(IPAddress address, IEnumerable<int> ports, CancellationToken cancellationToken)
    {
        var open = new ConcurrentBag<int>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrentConnects, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(ports, parallel, async (port, token) =>
        {
            if (await AcceptsAsync(new IPEndPoint(address, port), token))
            {
                open.Add(port);
            }
        });
        return [.. open.Order()];
    }

    private async ValueTask<bool> AcceptsAsync(IPEndPoint endpoint, CancellationToken cancellationToken)
    {
        using var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { LingerState = ResetOnClose, NoDelay = true };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ConnectTimeout);
        try
        {
            await socket.ConnectAsync(endpoint, timeout.Token);
            return true;
        }
        catch (SocketException)
        {
            return false; // refused (closed), unreachable
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false; // no answer within the timeout: filtered
        }
    }
}
