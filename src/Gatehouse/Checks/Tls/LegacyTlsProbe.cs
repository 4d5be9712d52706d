using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Gatehouse.Checks.Tls;

/// <summary>
/// Asks a server whether it speaks TLS 1.0 or 1.1. The runtime's OpenSSL refuses these versions outright, so a
/// server that offers nothing newer fails the ordinary handshake without saying why; here a ClientHello of the old
/// version is written by hand, and the version of the ServerHello that answers it is read. Nothing else is sent:
/// the connection is closed as soon as the answer's first record has been read.
/// </summary>
internal static class LegacyTlsProbe
{
    public static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(5);

    private const byte Handshake = 0x16;
    private const byte ClientHello = 0x01;
    private const byte ServerHello = 0x02;

    /// <summary>What a TLS 1.0/1.1 client of the time offered: ECDHE with RSA or ECDSA keys, then plain RSA.</summary>
    private static readonly ushort[] CipherSuites = [0xC014, 0xC013, 0xC00A, 0xC009, 0x0039, 0x0033, 0x0035, 0x002F, 0x000A];

    /// <summary>The old versions the server accepted, newest first ("TLS 1.1", "TLS 1.0"); empty when it took neither.</summary>
    public static async Task<IReadOnlyList<string>> OfferedAsync(string host, int port, TimeProvider time, CancellationToken cancellationToken)
    {
        var offered = new List<string>();
        foreach (var (minor, name) in new[] { ((byte)2, "TLS 1.1"), ((byte)1, "TLS 1.0") })
        {
            if (await AcceptsAsync(host, port, minor, time, cancellationToken))
            {
                offered.Add(name);
            }
        }
        return offered;
    }

    private static async Task<bool> AcceptsAsync(string host, int port, byte minor, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(AnswerTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, linked.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(Hello(host, minor), linked.Token);
            // Record header (5 bytes), handshake type and length (4), then the version the server chose (2).
            var answer = new byte[11];
            await stream.ReadExactlyAsync(answer, linked.Token);
            return answer[0] == Handshake && answer[5] == ServerHello && answer[9] == 3 && answer[10] == minor;
        }
        catch (Exception exception) when (exception is SocketException or IOException or EndOfStreamException
            || exception is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // Refused, an alert, or silence: not this version.
            return false;
        }
    }

    private static byte[] Hello(string host, byte minor)
    {
        List<byte> body = [3, minor];
        body.AddRange(RandomNumberGenerator.GetBytes(32));
        body.Add(0); // no session id
        AddWithLength16(body, CipherSuites.SelectMany(Big16));
        body.AddRange([1, 0]); // compression: none
        var extensions = new List<byte>();
        if (!IPAddress.TryParse(host, out _))
        {
            var name = Encoding.ASCII.GetBytes(host);
            extensions.AddRange(Extension(0x0000, [.. Big16((ushort)(name.Length + 3)), 0, .. Big16((ushort)name.Length), .. name]));
        }
        extensions.AddRange(Extension(0x000A, [0, 6, 0, 0x17, 0, 0x18, 0, 0x1D])); // groups: P-256, P-384, X25519
        extensions.AddRange(Extension(0x000B, [1, 0])); // uncompressed points
        extensions.AddRange(Extension(0xFF01, [0])); // secure renegotiation
        AddWithLength16(body, extensions);

        List<byte> handshake = [ClientHello, 0, .. Big16((ushort)body.Count)];
        handshake.AddRange(body);
        return [Handshake, 3, 1, .. Big16((ushort)handshake.Count), .. handshake];
    }

    private static byte[] Extension(ushort type, byte[] data) => [.. Big16(type), .. Big16((ushort)data.Length), .. data];

    private static void AddWithLength16(List<byte> target, IEnumerable<byte> data)
    {
        var bytes = data.ToArray();
        target.AddRange(Big16((ushort)bytes.Length));
        target.AddRange(bytes);
    }

    private static byte[] Big16(ushort value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(bytes, value);
        return bytes;
    }
}
