namespace Gatehouse.Logins.Recording;

/// <summary>How far an attempt got, as the attempt log remembers it.</summary>
internal enum AttemptState
{
    /// <summary>Never seen.</summary>
    New,

    /// <summary>Recorded; its alert has not gone out yet.</summary>
    Recorded,

    /// <summary>Recorded and its own alert delivered.</summary>
    Alerted,

    /// <summary>
    /// Recorded and delivered folded into a summary or digest with others (the cooldown, the alert budget, leftovers
    /// after a restart, or a known network's daily summary), not as an alert of its own.
    /// </summary>
    Folded,
}
