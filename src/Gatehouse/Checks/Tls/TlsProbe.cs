using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace Gatehouse.Checks.Tls;

/// <summary>
/// Opens a TLS connection the way a browser would (SNI with the host name) and records what it saw: protocol,
/// certificate dates, whether the name matches and why the chain is not trusted. It accepts every certificate
/// only to look at it; nothing is sent over the connection.
/// </summary>
internal sealed class TlsProbe(TlsTrust trust, TimeProvider time)
{
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The handshake; or, when it failed, the old protocols the server offers instead, or the reason.</summary>
    public async Task<TlsProbeResult> ProbeAsync(string host, int port, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(ConnectTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var errors = SslPolicyErrors.None;
        List<string> chainProblems = [];
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, linked.Token);
            await using var tls = new SslStream(client.GetStream());
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = host,
                RemoteCertificateValidationCallback = (_, certificate, chain, policyErrors) =>
                {
                    errors = policyErrors;
                    chainProblems = ChainProblems(certificate, chain, policyErrors);
                    return true;
                },
            }, linked.Token);
            var certificate = tls.RemoteCertificate is { } remote ? new X509Certificate2(remote) : null;
            if (certificate is null)
            {
                return TlsProbeResult.Failed($"{host}:{port} sent no certificate");
            }
            using (certificate)
            {
                return TlsProbeResult.Made(new TlsHandshake(
                    tls.SslProtocol,
                    certificate.Subject,
                    certificate.Issuer,
                    new DateTimeOffset(certificate.NotAfter.ToUniversalTime()),
                    !errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch),
                    chainProblems));
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return TlsProbeResult.Failed($"{host}:{port} did not complete a TLS handshake within {ConnectTimeout.TotalSeconds:0} s");
        }
        catch (System.Security.Authentication.AuthenticationException exception)
        {
            // The runtime's OpenSSL refuses TLS 1.0 and 1.1 outright, so such a server ends here: ask it in those versions.
            var old = await LegacyTlsProbe.OfferedAsync(host, port, time, cancellationToken);
            return old.Count > 0
                ? new TlsProbeResult(null, old, null)
                : TlsProbeResult.Failed($"the TLS handshake with {host}:{port} failed ({exception.Message})");
        }
        catch (Exception exception) when (exception is SocketException or IOException)
        {
            return TlsProbeResult.Failed($"no TLS connection to {host}:{port} ({exception.Message})");
        }
    }

    private List<string> ChainProblems(X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (trust.Roots.Count == 0 || certificate is null)
        {
            return errors.HasFlag(SslPolicyErrors.RemoteCertificateChainErrors) ? Statuses(chain) : [];
        }
        // A private CA: build the chain again against it alone.
        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        custom.ChainPolicy.CustomTrustStore.AddRange(trust.Roots.ToArray());
        if (chain is not null)
        {
            custom.ChainPolicy.ExtraStore.AddRange(chain.ChainElements.Select(e => e.Certificate).ToArray());
        }
        using var leaf = new X509Certificate2(certificate);
        return custom.Build(leaf) ? [] : Statuses(custom);
    }

    private static List<string> Statuses(X509Chain? chain) =>
        chain is null
            ? ["the certificate chain could not be built"]
            : [.. chain.ChainStatus.Select(s => s.StatusInformation.Trim()).Where(s => s.Length > 0).Distinct()];
}
