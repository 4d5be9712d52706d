namespace Gatehouse.Mqtt.Connection;

/// <summary>How often the connection is checked and how patiently it is re-established. Tests shorten these.</summary>
internal sealed record MqttConnectionTimings
{
    /// <summary>How often an idle connection is probed with a PINGREQ (MQTTnet's recommended reconnect pattern).</summary>
    public TimeSpan PingInterval { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan KeepAlive { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>First wait after a failed connect; doubled after each failure up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long the start-up sweep waits for the broker to replay retained configs before giving up.</summary>
    public TimeSpan SweepTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Budget for publishing <c>offline</c> and disconnecting at shutdown (inside the host's 4 s).</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(2);
}
