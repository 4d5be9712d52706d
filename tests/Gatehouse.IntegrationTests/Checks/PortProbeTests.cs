using System.Net;
using System.Net.Sockets;
using Gatehouse.Checks.Ports;

namespace Gatehouse.IntegrationTests.Checks;

/// <summary>
/// The probe finds exactly the listening ports, both on 127.0.0.1 (the kernel fast path) and on another loopback
/// address, 127.0.0.2 (the managed async path every other host takes).
/// </summary>
public sealed class PortProbeTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.2")]
    public async Task OpenPortsAsync_ListenersAmongClosedPorts_FindsExactlyTheListeners(string host)
    {
        var address = IPAddress.Parse(host);
        using var first = Listen(address);
        using var second = Listen(address);
        var closed = new List<int>();
        for (var i = 0; i < 20; i++)
        {
            using var gone = Listen(address);
            closed.Add(Port(gone));
        }
        int[] listening = [Port(first), Port(second)];

        var open = await new PortProbe().OpenPortsAsync(address, closed.Concat(listening), CancellationToken.None);

        Assert.Equal(listening.Order(), open);
    }

    private static TcpListener Listen(IPAddress address)
    {
        var listener = new TcpListener(address, 0);
        listener.Start();
        return listener;
    }

    private static int Port(TcpListener listener) => ((IPEndPoint)listener.LocalEndpoint).Port;
}
