using System.Security.Authentication;

namespace Gatehouse.Checks.Tls;

/// <summary>What a TLS handshake with the external URL's server showed.</summary>
/// <param name="ChainProblems">Why the certificate chain is not trusted; empty when it is.</param>
internal sealed record TlsHandshake(
    SslProtocols Protocol,
    string Subject,
    string Issuer,
    DateTimeOffset NotAfter,
    bool NameMatches,
    IReadOnlyList<string> ChainProblems);
