using Gatehouse.HomeAssistant.Connection;

namespace Gatehouse.HomeAssistant.Client;

/// <summary>Where HA is and the client's timings. The defaults suit a real HA; tests shorten them.</summary>
internal sealed record HomeAssistantClientOptions(HomeAssistantEndpoint Endpoint)
{
    public static readonly TimeSpan DefaultCommandTimeout = TimeSpan.FromSeconds(30);

    /// <summary>HA itself waits 10 s for the auth message.</summary>
    public static readonly TimeSpan DefaultAuthTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Shorter than the Supervisor proxy's 30 s and Core's 55 s protocol heartbeats.</summary>
    public static readonly TimeSpan DefaultHeartbeatInterval = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan DefaultPongTimeout = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan DefaultReconnectMinDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan DefaultReconnectMaxDelay = TimeSpan.FromSeconds(60);

    /// <summary>A refused token will not fix itself quickly: retry slowly, never in a loop.</summary>
    public static readonly TimeSpan DefaultAuthInvalidRetryDelay = TimeSpan.FromMinutes(5);

    /// <summary>Default bound of each command; a call may pass its own.</summary>
    public TimeSpan CommandTimeout { get; init; } = DefaultCommandTimeout;

    public TimeSpan AuthTimeout { get; init; } = DefaultAuthTimeout;

    public TimeSpan HeartbeatInterval { get; init; } = DefaultHeartbeatInterval;

    public TimeSpan PongTimeout { get; init; } = DefaultPongTimeout;

    public TimeSpan ReconnectMinDelay { get; init; } = DefaultReconnectMinDelay;

    public TimeSpan ReconnectMaxDelay { get; init; } = DefaultReconnectMaxDelay;

    public TimeSpan AuthInvalidRetryDelay { get; init; } = DefaultAuthInvalidRetryDelay;
}
