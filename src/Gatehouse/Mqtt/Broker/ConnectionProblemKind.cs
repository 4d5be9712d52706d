namespace Gatehouse.Mqtt.Broker;

/// <summary>Why a connect attempt failed, as far as the owner can act on it.</summary>
internal enum ConnectionProblemKind
{
    /// <summary>The host name does not resolve.</summary>
    UnknownHost,

    /// <summary>Nothing accepts connections on host:port, or the connection attempt timed out.</summary>
    Unreachable,

    /// <summary>The broker answered CONNACK "bad user name or password" or "not authorised".</summary>
    CredentialsRefused,

    /// <summary>The TLS handshake failed: certificate not trusted, wrong host name, or the broker does not speak TLS.</summary>
    Tls,

    /// <summary>The broker refused for another reason (protocol version, client id…).</summary>
    Refused,
}
