namespace Gatehouse.Checks.Tls;

/// <summary>
/// What probing the external URL showed: the handshake; or only old protocols (<see cref="OldProtocols"/>, a
/// server that speaks nothing newer than TLS 1.1); or why no TLS connection was made (<see cref="Problem"/>).
/// </summary>
internal sealed record TlsProbeResult(TlsHandshake? Handshake, IReadOnlyList<string> OldProtocols, string? Problem)
{
    public static TlsProbeResult Made(TlsHandshake handshake) => new(handshake, [], null);

    public static TlsProbeResult Failed(string problem) => new(null, [], problem);
}
