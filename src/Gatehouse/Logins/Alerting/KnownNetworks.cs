using System.Net;
using Gatehouse.Options;

namespace Gatehouse.Logins.Alerting;

/// <summary>
/// The owner's own networks: <c>known_networks</c>, the Supervisor's network (172.30.32.0/23, where add-ons and the
/// Supervisor itself reach HA from) always, and 127.0.0.1 only for an app's expired login: HA Cloud's Remote UI
/// hands HA every login from the internet as 127.0.0.1, so a password tried there is no known device.
/// </summary>
internal sealed class KnownNetworks(GatehouseOptions options)
{
    public static readonly IPNetwork SupervisorNetwork = IPNetwork.Parse("172.30.32.0/23");

    private readonly IPNetwork[] _networks = [.. options.KnownNetworks.Select(NetworkRange.Parse).OfType<NetworkRange>().Select(r => r.Network), SupervisorNetwork];

    /// <summary>The known network the attempt came from, as the owner wrote it (or 172.30.32.0/23, 127.0.0.1); null when none.</summary>
    public string? NetworkOf(LoginAttempt attempt)
    {
        if (!IPAddress.TryParse(attempt.Ip, out var address))
        {
            return null;
        }
        address = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        if (address.Equals(IPAddress.Loopback))
        {
            return attempt.Kind == LoginAttemptKind.TokenRefresh ? IPAddress.Loopback.ToString() : null;
        }
        foreach (var network in _networks)
        {
            if (network.Contains(address))
            {
                return network.ToString();
            }
        }
        return null;
    }
}
