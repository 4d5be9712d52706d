namespace Gatehouse.Mqtt.Connection;

/// <summary>
/// One message waiting to be published. Retained messages are states and configs: only the newest value of a
/// topic matters, so the queue keeps one per topic. Non-retained ones (events) are each delivered, except that a
/// <see cref="Foldable"/> one (one failed login of a storm) may be folded into a count when the queue is full.
/// </summary>
internal sealed record OutboundMessage(string Topic, string Payload, bool Retain, bool Foldable = false)
{
    public static OutboundMessage State(string topic, string payload) => new(topic, payload, Retain: true);

    /// <summary>An event that is always delivered (a ban).</summary>
    public static OutboundMessage Event(string topic, string payload) => new(topic, payload, Retain: false);

    /// <summary>An event that a full queue may fold into a count (one failed login among thousands).</summary>
    public static OutboundMessage FoldableEvent(string topic, string payload) => new(topic, payload, Retain: false, Foldable: true);

    /// <summary>An empty retained payload deletes the retained message (and, on a config topic, the entity).</summary>
    public static OutboundMessage Clear(string topic) => new(topic, "", Retain: true);
}
