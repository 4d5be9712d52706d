using Gatehouse.Mqtt.Connection;
using MQTTnet;
using MQTTnet.Protocol;

namespace Gatehouse.Mqtt.Broker;

/// <summary>
/// Builds the client options from resolved settings: MQTT 3.1.1 unless the Supervisor says 3.1, a retained
/// last will on the availability topic, and TLS that validates the broker's certificate against the system's
/// trust store and host name (there is deliberately no way to accept any certificate).
/// </summary>
internal static class MqttClientOptionsFactory
{
    public const string ClientId = "gatehouse";

    public static MqttClientOptions Create(BrokerSettings settings, MqttAvailability availability, MqttConnectionTimings timings)
    {
        var builder = new MqttClientOptionsBuilder()
            .WithClientId(ClientId)
            .WithTcpServer(settings.Host, settings.Port)
            .WithProtocolVersion(settings.ProtocolVersion)
            .WithCleanSession()
            .WithKeepAlivePeriod(timings.KeepAlive)
            .WithTimeout(timings.ConnectTimeout)
            .WithWillTopic(availability.Topic)
            .WithWillPayload(availability.Offline)
            .WithWillRetain()
            .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce);
        if (settings.Username is { } username)
        {
            builder.WithCredentials(username, settings.Password);
        }
        if (settings.UseTls)
        {
            builder.WithTlsOptions(tls => tls.UseTls().WithTargetHost(settings.Host));
        }
        return builder.Build();
    }
}
