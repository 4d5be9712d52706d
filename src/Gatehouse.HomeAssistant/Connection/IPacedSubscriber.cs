namespace Gatehouse.HomeAssistant.Connection;

/// <summary>A subscriber whose backlog paces the reading of HA's frames (<see cref="ReadGate"/>).</summary>
internal interface IPacedSubscriber
{
    /// <summary>Events delivered to it and not yet read.</summary>
    int Unread { get; }
}
