namespace Gatehouse.IntegrationTests.Fakes.HomeAssistant;

/// <summary>
/// What the fake queues for a connection: messages HA would send together, one raw (possibly broken) frame, or
/// the close handshake (queued too, so it goes out after what was already written, never during a send).
/// </summary>
internal sealed record OutgoingItem(IReadOnlyList<string> Messages, bool Raw = false, bool Close = false);
