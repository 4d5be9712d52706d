namespace Gatehouse.Mqtt.Broker;

/// <summary>Asks the Supervisor which MQTT broker the add-on should use. Never throws for a Supervisor problem.</summary>
internal interface IMqttServiceLocator
{
    Task<MqttServiceLookup> FindAsync(CancellationToken cancellationToken);
}
