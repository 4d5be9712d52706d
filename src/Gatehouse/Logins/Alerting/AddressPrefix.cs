using System.Net;
using System.Net.Sockets;

namespace Gatehouse.Logins.Alerting;

/// <summary>
/// The network an address belongs to, as far as alerting is concerned: its /24 (IPv4) or /64 (IPv6). One IPv6 host
/// owns a whole /64 and can send from millions of its addresses; a /24 is what one attacker typically rents.
/// </summary>
internal static class AddressPrefix
{
    /// <summary>"203.0.113.0/24", "2001:db8:1:2::/64", or "" for an address Gatehouse could not read.</summary>
    public static string Of(string? ip)
    {
        if (ip is null || !IPAddress.TryParse(ip, out var address))
        {
            return "";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        var bytes = address.GetAddressBytes();
        var kept = address.AddressFamily == AddressFamily.InterNetwork ? 3 : 8;
        bytes.AsSpan(kept).Clear();
        return $"{new IPAddress(bytes)}/{kept * 8}";
    }
}
