namespace Gatehouse.Mqtt.Broker;

/// <summary>The broker the Supervisor announces at <c>/services/mqtt</c> (the Mosquitto add-on's). ToString never shows the password.</summary>
internal sealed record MqttServiceInfo(string Host, int Port, bool Ssl, string? Protocol, string? Username, string? Password)
{
    public override string ToString() =>
        $"{Host}:{Port} (ssl {Ssl}, protocol {Protocol ?? "?"}, user {Username ?? "none"}, password hidden)";
}
