using System.Net;
using System.Net.Sockets;

namespace Gatehouse.Options;

/// <summary>
/// An address range as HA accepts it in trusted_proxies and trusted_networks: <c>192.168.1.0/24</c>, a bare
/// address, or a range with host bits set (masked here, as Python's <c>ip_network(strict=False)</c> would).
/// </summary>
internal readonly record struct NetworkRange(IPNetwork Network)
{
    private static readonly IPNetwork[] PrivateRanges =
    [
        IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("172.16.0.0/12"), IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("169.254.0.0/16"), IPNetwork.Parse("100.64.0.0/10"),
        IPNetwork.Parse("::1/128"), IPNetwork.Parse("fc00::/7"), IPNetwork.Parse("fe80::/10"),
    ];

    /// <summary>The Supervisor's internal network, where add-ons (NGINX, Cloudflared) proxy from.</summary>
    private static readonly IPNetwork SupervisorNetwork = IPNetwork.Parse("172.30.32.0/23");

    public static NetworkRange? Parse(string text)
    {
        var parts = text.Trim().Split('/');
        if (parts.Length > 2 || !IPAddress.TryParse(parts[0], out var address))
        {
            return null;
        }
        var maxPrefix = address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        var prefix = maxPrefix;
        if (parts.Length == 2 && (!int.TryParse(parts[1], out prefix) || prefix < 0 || prefix > maxPrefix))
        {
            return null;
        }
        var bytes = address.GetAddressBytes();
        for (var bit = prefix; bit < maxPrefix; bit++)
        {
            bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }
        return new NetworkRange(new IPNetwork(new IPAddress(bytes), prefix));
    }

    /// <summary>Inside the private, loopback, link-local or carrier-grade (Tailscale) ranges: no internet address in it.</summary>
    public bool IsPrivate => PrivateRanges.Any(Within);

    public bool IsSupervisorNetwork => Within(SupervisorNetwork);

    /// <summary>Wider than one home subnet: more than a /24 of IPv4 or a /64 of IPv6.</summary>
    public bool IsWide => Network.PrefixLength < (Network.BaseAddress.AddressFamily == AddressFamily.InterNetwork ? 24 : 64);

    public override string ToString() => Network.ToString();

    private bool Within(IPNetwork outer) =>
        outer.BaseAddress.AddressFamily == Network.BaseAddress.AddressFamily
        && Network.PrefixLength >= outer.PrefixLength
        && outer.Contains(Network.BaseAddress);
}
