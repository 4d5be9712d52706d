using Gatehouse.Options;

namespace Gatehouse.Mqtt.Broker;

/// <summary>Outside the add-on there is no Supervisor to ask: only the <c>mqtt_*</c> options can name a broker.</summary>
internal sealed class NoSupervisorMqttServiceLocator : IMqttServiceLocator
{
    public Task<MqttServiceLookup> FindAsync(CancellationToken cancellationToken) =>
        Task.FromResult(MqttServiceLookup.None(
            $"Gatehouse runs outside the add-on (no Supervisor) and {OptionNames.MqttHost} is not set", retry: false));
}
