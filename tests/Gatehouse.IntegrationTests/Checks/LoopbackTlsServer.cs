using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace Gatehouse.IntegrationTests.Checks;

/// <summary>A TLS server on 127.0.0.1 (free port) that completes handshakes with the given certificate, and nothing more.</summary>
internal sealed class LoopbackTlsServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly X509Certificate2 _certificate;
    private readonly SslProtocols _protocols;
    private readonly Task _accepting;
    private int _failed;

    public LoopbackTlsServer(X509Certificate2 certificate, SslProtocols protocols = SslProtocols.None)
    {
        _certificate = certificate;
        _protocols = protocols;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Handshakes that failed on the server's side (e.g. a protocol it does not offer).</summary>
    public int FailedHandshakes => Volatile.Read(ref _failed);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            await using var tls = new SslStream(client.GetStream());
            try
            {
                await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
                {
                    ServerCertificate = _certificate,
                    EnabledSslProtocols = _protocols,
                }, _stop.Token);
                // Hold the connection until the client closes it.
                _ = await tls.ReadAsync(new byte[1], _stop.Token);
            }
            catch (Exception exception) when (exception is AuthenticationException or IOException or OperationCanceledException)
            {
                Interlocked.Increment(ref _failed);
            }
        }
    }
}
