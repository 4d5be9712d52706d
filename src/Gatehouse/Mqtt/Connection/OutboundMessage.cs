namespace Gatehouse.Mqtt.Connection;

/// <summary>
/// One message waiting to be published. Retained messages are states and configs: only the newest value of a
/// topic matters, so the queue keeps one per topic. Non-retained ones (events) are each delivered.
/// </summary>
internal sealed record OutboundMessage(string Topic, string Payload, bool Retain)
{
    public static OutboundMessage State(string topic, string payload) => new(topic, payload, Retain: true);

    public static OutboundMessage Event(string topic, string payload) => new(topic, payload, Retain: false);

    /// <summary>An empty retained payload deletes the retained message (and, on a config topic, the entity).</summary>
    public static OutboundMessage Clear(string topic) => new(topic, "", Retain: true);
}
