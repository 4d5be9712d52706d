using Gatehouse.Options;

namespace Gatehouse.Logins.Alerting;

/// <summary>
/// Keeps failed logins from known networks quiet (DOCS.md, "Known networks"): each network's attempts in the last
/// hour are counted, and reaching <c>known_networks_alert_after</c> alerts once, then not again for an hour; an app
/// whose login expired gets one message a day per device (address and client). Bounded: at most
/// <see cref="MaxTracked"/> networks and devices are remembered. Owned by the pipeline's single loop.
/// </summary>
internal sealed class KnownNetworkQuiet(GatehouseOptions options)
{
    public const int MaxTracked = 1_000;
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);
    public static readonly TimeSpan DeviceReminder = TimeSpan.FromDays(1);

    private readonly Dictionary<string, Network> _networks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _devicesTold = new(StringComparer.Ordinal);

    public (KnownNetworkVerdict Verdict, int InLastHour) Admit(string network, LoginAttempt attempt, DateTimeOffset now)
    {
        var counted = Track(network, now);
        counted.Times.Enqueue(now);
        while (counted.Times.TryPeek(out var oldest) && oldest <= now - Window)
        {
            counted.Times.Dequeue();
        }
        var inLastHour = counted.Times.Count;
        if (inLastHour >= options.KnownNetworksAlertAfter && (counted.LastAlert is not { } last || now - last >= Window))
        {
            counted.LastAlert = now;
            return (KnownNetworkVerdict.ThresholdReached, inLastHour);
        }
        // Beyond the threshold the count stays bounded: the oldest times are no longer needed.
        while (counted.Times.Count > options.KnownNetworksAlertAfter)
        {
            counted.Times.Dequeue();
        }
        if (attempt.Kind == LoginAttemptKind.TokenRefresh && FirstToday($"{attempt.Ip}\n{attempt.UserAgent}", now))
        {
            return (KnownNetworkVerdict.ExpiredApp, inLastHour);
        }
        return (KnownNetworkVerdict.Quiet, inLastHour);
    }

    private Network Track(string network, DateTimeOffset now)
    {
        if (_networks.TryGetValue(network, out var counted))
        {
            return counted;
        }
        if (_networks.Count >= MaxTracked)
        {
            // The quietest network makes room: forgetting it can only make it alert sooner, never later.
            _networks.Remove(_networks.MinBy(n => n.Value.Times.LastOrDefault(now - Window)).Key);
        }
        return _networks[network] = new Network();
    }

    private bool FirstToday(string device, DateTimeOffset now)
    {
        if (_devicesTold.TryGetValue(device, out var told) && now - told < DeviceReminder)
        {
            return false;
        }
        if (_devicesTold.Count >= MaxTracked)
        {
            _devicesTold.Remove(_devicesTold.MinBy(d => d.Value).Key);
        }
        _devicesTold[device] = now;
        return true;
    }

    private sealed class Network
    {
        public Queue<DateTimeOffset> Times { get; } = new();

        public DateTimeOffset? LastAlert { get; set; }
    }
}
