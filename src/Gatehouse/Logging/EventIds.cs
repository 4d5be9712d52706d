namespace Gatehouse.Logging;

/// <summary>
/// Stable event id ranges, one per feature; each feature's <c>Log</c> class takes its ids from its range,
/// so a support request can name an event by number across versions.
/// </summary>
internal static class EventIds
{
    public const int Hosting = 1000;

    /// <summary>Held by the Gatehouse.HomeAssistant library's own Log classes (client, transport, connection, Supervisor).</summary>
    public const int HomeAssistant = 2000;
    public const int Logins = 3000;
    public const int Mqtt = 4000;
    public const int Checks = 5000;
    public const int Scheduling = 6000;
    public const int Watch = 7000;
    public const int Panel = 9000;
    public const int Acceptance = 9100;
}
