namespace Gatehouse.Logins.Alerting;

/// <summary>What becomes of a failed login from a known network.</summary>
internal enum KnownNetworkVerdict
{
    /// <summary>Recorded, counted and shown, the notice dismissed; it goes into the daily digest.</summary>
    Quiet,

    /// <summary>The network reached <c>known_networks_alert_after</c> within an hour: one alert.</summary>
    ThresholdReached,

    /// <summary>An app's expired login from a device not yet told about today: one message naming the device.</summary>
    ExpiredApp,
}
