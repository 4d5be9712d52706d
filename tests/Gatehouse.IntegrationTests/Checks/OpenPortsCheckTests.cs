using System.Net;
using System.Net.Sockets;
using Gatehouse.Checks;
using Gatehouse.Checks.Catalog;
using Gatehouse.Checks.Ports;
using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Checks;

/// <summary>
/// open_ports against listeners on 127.0.0.1 (free ports). The port table is given per test, naming those free
/// ports as the services under test, since a test may not bind the real well-known ports.
/// </summary>
public sealed class OpenPortsCheckTests : IDisposable
{
    private readonly TcpListener _redis = Listen();
    private readonly TcpListener _ssh = Listen();
    private readonly int _closed = ClosedPort();

    public void Dispose()
    {
        _redis.Stop();
        _ssh.Stop();
    }

    private int RedisPort => ((IPEndPoint)_redis.LocalEndpoint).Port;

    private int SshPort => ((IPEndPoint)_ssh.LocalEndpoint).Port;

    private PortTable Table => new([
        new KnownPort(RedisPort, "Redis database", PortRisk.Risky),
        new KnownPort(SshPort, "SSH", PortRisk.Notable),
        new KnownPort(_closed, "Telnet", PortRisk.Risky),
    ]);

    [Fact]
    public async Task RunAsync_RiskyServiceOpen_FailsNamingServiceAndPort()
    {
        var result = await RunAsync(allowed: []);

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Equal($"Risky services answer: {RedisPort} (Redis database) on 127.0.0.1.", result.Summary);
        Assert.Contains($"127.0.0.1: port {SshPort} (SSH) is open", result.Details);
        Assert.DoesNotContain(result.Details, d => d.Contains(_closed.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_RiskyPortAllowed_WarnsAboutTheOtherOnly()
    {
        var result = await RunAsync(allowed: [RedisPort]);

        Assert.Equal(CheckStatus.Warn, result.Status);
        Assert.Equal($"Unexpected open ports: {SshPort} (SSH) on 127.0.0.1.", result.Summary);
        Assert.Contains($"127.0.0.1: port {RedisPort} (Redis database) is open, as expected", result.Details);
    }

    [Fact]
    public async Task RunAsync_EveryOpenPortAllowed_Passes()
    {
        var result = await RunAsync(allowed: [RedisPort, SshPort]);

        Assert.Equal(CheckStatus.Pass, result.Status);
    }

    [Fact]
    public async Task RunAsync_AllowedPortNotInTheTable_IsProbedToo()
    {
        var other = Listen();
        try
        {
            var port = ((IPEndPoint)other.LocalEndpoint).Port;
            var result = await RunAsync(allowed: [port], table: new PortTable([]));

            Assert.Equal(CheckStatus.Pass, result.Status);
            Assert.Equal([$"127.0.0.1: port {port} (unknown service) is open, as expected"], result.Details);
        }
        finally
        {
            other.Stop();
        }
    }

    [Fact]
    public async Task RunAsync_StandaloneWithoutScanHosts_ProbesTheHostOfHaUrl_LoopbackCaveatNotAFail()
    {
        await using var live = new LiveChecks();
        live.Variables["HA_URL"] = $"http://127.0.0.1:{_closed}";
        live.Variables["HA_TOKEN"] = "unused-token";

        var result = await live.RunAsync<OpenPortsCheck>(Table);

        // A broker bound to loopback only is out of the network's reach; a loopback probe cannot tell, so it says so.
        Assert.Equal(CheckStatus.Warn, result.Status);
        Assert.Contains($"{RedisPort} (Redis database) on 127.0.0.1", result.Summary, StringComparison.Ordinal);
        Assert.Contains("A loopback probe cannot tell whether other devices can reach them", result.Summary, StringComparison.Ordinal);
        Assert.Contains("Set scan_hosts to this machine's network address", result.Remediation, StringComparison.Ordinal);
        Assert.DoesNotContain("bind it to localhost", result.Remediation, StringComparison.Ordinal);
        var finding = Assert.Single(result.Findings, f => f.Id == $"open_ports:port:127.0.0.1:{RedisPort}");
        Assert.Equal((CheckStatus.Warn, $"Port {RedisPort} (Redis database) is open on 127.0.0.1"), (finding.Status, finding.Text));
        Assert.Contains("Set scan_hosts", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoHostToProbe_IsUnavailable()
    {
        await using var live = new LiveChecks();

        var result = await live.RunAsync<OpenPortsCheck>(Table);

        Assert.Equal(CheckStatus.Unavailable, result.Status);
        Assert.Contains("scan_hosts", result.Remediation, StringComparison.Ordinal);
    }

    private async Task<CheckResult> RunAsync(int[] allowed, PortTable? table = null)
    {
        await using var live = new LiveChecks();
        live.Options["scan_hosts"] = new JArray("127.0.0.1");
        live.Options["allowed_ports"] = new JArray(allowed);
        return await live.RunAsync<OpenPortsCheck>(table ?? Table);
    }

    private static TcpListener Listen()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return listener;
    }

    private static int ClosedPort()
    {
        using var listener = Listen();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
