namespace Gatehouse.HomeAssistant.Messages;

/// <summary>Bus event types Gatehouse subscribes to.</summary>
internal static class HassEventTypes
{
    public const string StateChanged = "state_changed";
}
