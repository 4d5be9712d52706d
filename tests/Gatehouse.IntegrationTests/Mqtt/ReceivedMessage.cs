namespace Gatehouse.IntegrationTests.Mqtt;

/// <summary>A message as the probe received it; <see cref="Retained"/> is set for replays of retained messages.</summary>
internal sealed record ReceivedMessage(string Topic, string Payload, bool Retained);
