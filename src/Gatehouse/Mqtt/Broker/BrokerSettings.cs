using System.Security.Cryptography.X509Certificates;
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
    /// <summary>A private CA (mqtt_ca_file) the broker's certificate must chain to; null: the system's trust store.</summary>
    public IReadOnlyList<X509Certificate2>? TrustedCa { get; init; }

    public const int DefaultPort = 1883;
    public const int DefaultTlsPort = 8883;

    /// <summary>host:port, for log lines.</summary>
    public string Address => $"{Host}:{Port}";

    public override string ToString() =>
        $"{Address} (tls {(UseTls ? TrustedCa is null ? "on" : "on with a private CA" : "off")}, user {Username ?? "none"}, password {(Password is null ? "none" : "hidden")}, from {Source})";
}
