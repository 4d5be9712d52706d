namespace Gatehouse.IntegrationTests.Fakes.HomeAssistant;

/// <summary>What the fake queues for a connection: messages HA would send together, or one raw (possibly broken) frame.</summary>
internal sealed record OutgoingItem(IReadOnlyList<string> Messages, bool Raw = false);
