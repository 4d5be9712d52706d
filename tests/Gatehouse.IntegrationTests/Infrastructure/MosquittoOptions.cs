namespace Gatehouse.IntegrationTests.Infrastructure;

/// <summary>How a test's mosquitto is set up: open, or with one account; optionally TLS with a given certificate.</summary>
internal sealed record MosquittoOptions
{
    /// <summary>When set, anonymous clients are refused and only this account may connect.</summary>
    public (string Username, string Password)? Account { get; init; }

    /// <summary>PEM files for a TLS listener: the server certificate and its key.</summary>
    public (string CertificatePem, string KeyPem)? Tls { get; init; }
}
