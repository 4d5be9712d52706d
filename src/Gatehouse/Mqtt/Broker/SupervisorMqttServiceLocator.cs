using Gatehouse.HomeAssistant.Supervisor;
using Gatehouse.Options;

namespace Gatehouse.Mqtt.Broker;

/// <summary>
/// Reads the broker from the Supervisor's <c>/services/mqtt</c> (the Mosquitto add-on registers it). A Supervisor
/// that is starting, or a broker not installed yet, is asked again later; no Supervisor at all, or an add-on
/// without the <c>mqtt</c> service permission, is final.
/// </summary>
internal sealed class SupervisorMqttServiceLocator(ISupervisorClient supervisor) : IMqttServiceLocator
{
    public async Task<MqttServiceLookup> FindAsync(CancellationToken cancellationToken)
    {
        var answer = await supervisor.GetMqttServiceAsync(cancellationToken);
        if (answer is { IsOk: true, Data: { } service })
        {
            return MqttServiceLookup.Found(new MqttServiceInfo(service.Host, service.Port, service.Ssl, service.Protocol, service.Username, service.Password));
        }
        return answer.Outcome switch
        {
            SupervisorOutcome.NotConfigured => MqttServiceLookup.None(
                $"Gatehouse runs outside the add-on (no Supervisor) and {OptionNames.MqttHost} is not set", retry: false),
            SupervisorOutcome.NotPermitted => MqttServiceLookup.None(
                $"the Supervisor refused to tell the broker ({answer.Message}); the add-on needs 'services: mqtt:need' in config.yaml", retry: false),
            _ => MqttServiceLookup.None($"the Supervisor announced no MQTT broker ({answer.Message})", retry: true),
        };
    }
}
