using System.Collections.Concurrent;
using System.Net;

namespace Gatehouse.Checks.Ports;

/// <summary>
/// A TCP connect probe: which of the given ports accept a connection. Up to <see cref="MaxConcurrentConnects"/>
/// workers connect at once, each waiting at most <see cref="ConnectTimeout"/> (a firewall that drops the SYN gives
/// no answer at all); on 127.0.0.1 the kernel answers at once, see <see cref="LoopbackConnect"/>. Nothing is sent
/// over an accepted connection.
/// </summary>
internal sealed class PortProbe
{
    public const int MaxConcurrentConnects = 512;
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(1);

    public async Task<IReadOnlyList<int>> OpenPortsAsync(IPAddress address, IEnumerable<int> ports, CancellationToken cancellationToken)
    {
        var queue = ports.Distinct().ToArray();
        var loopback = LoopbackConnect.Applies(address);
        var next = -1;
        var open = new ConcurrentBag<int>();
        async Task WorkAsync()
        {
            using var attempt = new ConnectAttempt();
            int index;
            while ((index = Interlocked.Increment(ref next)) < queue.Length)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var port = queue[index];
                var settled = loopback ? LoopbackConnect.TryConnect(port) : null;
                if (settled ?? await attempt.AcceptsAsync(new IPEndPoint(address, port), ConnectTimeout))
                {
                    open.Add(port);
                }
            }
        }
        // On loopback nothing waits on the network: one worker per core keeps them from fighting over the kernel's socket table.
        var concurrency = loopback ? Environment.ProcessorCount : MaxConcurrentConnects;
        var workers = Enumerable.Range(0, Math.Min(concurrency, queue.Length)).Select(_ => Task.Run(WorkAsync, cancellationToken));
        await Task.WhenAll(workers);
        return [.. open.Order()];
    }
}
