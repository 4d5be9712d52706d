using MQTTnet.Formatter;

namespace Gatehouse.Mqtt.Broker;

/// <summary>The broker Gatehouse connects to, resolved from the options and the Supervisor. ToString never shows the password.</summary>
internal sealed record BrokerSettings(
    string Host,
    int Port,
    string? Username,
    string? Password,
    bool UseTls,
    MqttProtocolVersion ProtocolVersion,
    string Source)
{
    public const int DefaultPort = 1883;
    public const int DefaultTlsPort = 8883;

    /// <summary>host:port, for log lines.</summary>
    public string Address => $"{Host}:{Port}";

    public override string ToString() =>
        $"{Address} (tls {(UseTls ? "on" : "off")}, user {Username ?? "none"}, password {(Password is null ? "none" : "hidden")}, from {Source})";
}
