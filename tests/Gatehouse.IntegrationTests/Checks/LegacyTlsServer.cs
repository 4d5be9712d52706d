using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Gatehouse.IntegrationTests.Infrastructure;

namespace Gatehouse.IntegrationTests.Checks;

/// <summary>
/// A real server that speaks only TLS 1.0 on 127.0.0.1: <c>openssl s_server -tls1</c> with the security level
/// lowered so OpenSSL 3 still allows it (.NET's own server refuses TLS 1.0 on this platform).
/// </summary>
internal sealed class LegacyTlsServer : IAsyncDisposable
{
    private readonly Process _server;
    private readonly string _folder;

    private LegacyTlsServer(Process server, string folder, int port)
    {
        _server = server;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public static async Task<LegacyTlsServer> StartAsync(X509Certificate2 certificate)
    {
        var folder = Directory.CreateTempSubdirectory("gatehouse-tls1-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "cert.pem"), certificate.ExportCertificatePem());
        await File.WriteAllTextAsync(Path.Combine(folder, "key.pem"), certificate.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem());
        var port = FreePort();
        var start = new ProcessStartInfo("openssl") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        foreach (var argument in new[] { "s_server", "-accept", $"127.0.0.1:{port}", "-cert", "cert.pem", "-key", "key.pem", "-tls1", "-cipher", "DEFAULT:@SECLEVEL=0", "-quiet" })
        {
            start.ArgumentList.Add(argument);
        }
        var server = new LegacyTlsServer(Process.Start(start)!, folder, port);
        await server.WaitListeningAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        _server.Kill();
        await _server.WaitForExitAsync();
        _server.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task WaitListeningAsync()
    {
        using var timeout = new CancellationTokenSource(TestSettings.Timeout);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
                return;
            }
            catch (SocketException) when (!_server.HasExited)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), timeout.Token);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
