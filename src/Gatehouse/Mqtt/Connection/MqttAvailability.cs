namespace Gatehouse.Mqtt.Connection;

/// <summary>
/// The availability topic and its two payloads: <see cref="Online"/> is published retained after each connect,
/// <see cref="Offline"/> is the retained last will and is also published before a clean disconnect
/// (a clean DISCONNECT never triggers the will).
/// </summary>
internal sealed record MqttAvailability(string Topic, string Online = MqttAvailability.OnlinePayload, string Offline = MqttAvailability.OfflinePayload)
{
    public const string OnlinePayload = "online";
    public const string OfflinePayload = "offline";
}
