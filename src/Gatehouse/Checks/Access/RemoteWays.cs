using Gatehouse.HomeAssistant.Supervisor.Models;

namespace Gatehouse.Checks.Access;

/// <summary>
/// The add-ons that let the owner in from outside without opening a port: VPNs and tunnels, recognised by the
/// end of their slug (<c>a0d7b954_tailscale</c>, <c>local_wireguard</c>…), whichever repository they come from.
/// </summary>
internal static class RemoteWays
{
    private static readonly (string Suffix, string Name)[] Tunnels =
    [
        ("tailscale", "Tailscale (VPN)"),
        ("wireguard", "WireGuard (VPN)"),
        ("zerotier", "ZeroTier (VPN)"),
        ("cloudflared", "Cloudflare Tunnel"),
        ("openvpn", "OpenVPN (VPN)"),
        ("netbird", "NetBird (VPN)"),
        ("ngrok", "ngrok tunnel"),
    ];

    /// <summary>Each VPN or tunnel add-on installed, named, and whether it runs.</summary>
    public static IEnumerable<(string Name, bool Running)> Find(IEnumerable<InstalledAddon> addons) =>
        from addon in addons
        let name = Match(addon.Slug)
        where name is not null
        select (name, addon.State == "started");

    private static string? Match(string slug)
    {
        var last = slug[(slug.IndexOf('_', StringComparison.Ordinal) + 1)..];
        return Tunnels.FirstOrDefault(t => last == t.Suffix || slug == t.Suffix).Name;
    }
}
