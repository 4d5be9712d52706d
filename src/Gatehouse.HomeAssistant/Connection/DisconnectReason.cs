namespace Gatehouse.HomeAssistant.Connection;

/// <summary>Why a connection to HA ended or could not start.</summary>
internal enum DisconnectReason
{
    /// <summary>HA could not be reached (refused, DNS, TLS, handshake).</summary>
    ConnectFailed,

    /// <summary>HA (or the Supervisor's proxy) refused the token: <c>auth_invalid</c>.</summary>
    AuthInvalid,

    /// <summary>The auth phase did not finish in time, or HA spoke out of turn.</summary>
    AuthFailed,

    /// <summary>The socket closed or broke while connected.</summary>
    ConnectionLost,

    /// <summary>No <c>pong</c> within the heartbeat's timeout: the link is dead even if the socket looks open.</summary>
    HeartbeatMissed,

    /// <summary>Gatehouse is stopping.</summary>
    Stopped,
}
