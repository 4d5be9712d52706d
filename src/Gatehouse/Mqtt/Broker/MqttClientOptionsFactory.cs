using Gatehouse.Mqtt.Connection;
using MQTTnet;
using MQTTnet.Protocol;

namespace Gatehouse.Mqtt.Broker;

/// <summary>
/// Builds the client options from resolved settings: MQTT 3.1.1 unless the Supervisor says 3.1, a retained
/// last will on the availability topic, this installation's own client id, and TLS that validates the broker's
/// certificate and host name against the system's trust store or the private CA of mqtt_ca_file (there is
/// deliberately no way to accept any certificate).
/// </summary>
internal static class MqttClientOptionsFactory
{
    public static MqttClientOptions Create(BrokerSettings settings, MqttAvailability availability, MqttConnectionTimings timings, string clientId)
    {
        var builder = new MqttClientOptionsBuilder()
            .WithClientId(clientId)
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
            builder.WithTlsOptions(tls =>
            {
                tls.UseTls().WithTargetHost(settings.Host);
                if (settings.TrustedCa is { } ca)
                {
                    tls.WithTrustChain([.. ca]);
                }
            });
        }
        return builder.Build();
    }
}
