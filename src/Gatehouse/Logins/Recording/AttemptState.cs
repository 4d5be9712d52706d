namespace Gatehouse.Logins.Recording;

/// <summary>How far an attempt got, as the attempt log remembers it.</summary>
internal enum AttemptState
{
    /// <summary>Never seen.</summary>
    New,

    /// <summary>Recorded; its alert has not gone out yet.</summary>
    Recorded,

    /// <summary>Recorded and its alert delivered (or folded into a delivered one).</summary>
    Alerted,
}
