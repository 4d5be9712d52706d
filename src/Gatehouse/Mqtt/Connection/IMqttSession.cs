using MQTTnet;

namespace Gatehouse.Mqtt.Connection;

/// <summary>What the connection does with a fresh session and with received messages (Gatehouse's entities).</summary>
internal interface IMqttSession
{
    /// <summary>
    /// After each (re)connect and the <c>online</c> birth, before waiting messages are flushed: subscribe again
    /// (the session is clean) and queue everything the broker must hold.
    /// </summary>
    Task OnConnectedAsync(IMqttClient client, CancellationToken cancellationToken);

    /// <summary>One received message. Runs on MQTTnet's receive path, so it must return quickly and never block.</summary>
    void OnMessage(string topic, string payload, bool retained);
}
