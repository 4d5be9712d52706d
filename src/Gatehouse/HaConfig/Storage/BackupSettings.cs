namespace Gatehouse.HaConfig.Storage;

/// <summary>
/// HA's backup settings (Settings > System > Backups) from <c>.storage/backup</c>. Whether a password is set is all
/// that is kept of it: the password itself is never read.
/// </summary>
/// <param name="Automatic">Automatic backups are scheduled (daily, or on some days of the week).</param>
/// <param name="Schedule">The schedule in words, for the details ("daily", "on mon, thu", "never").</param>
/// <param name="AgentIds">Where automatic backups go: <c>hassio.local</c> or <c>backup.local</c> (this device), <c>cloud.cloud</c>, <c>google_drive.…</c>, a network storage <c>hassio.&lt;name&gt;</c>.</param>
/// <param name="PasswordSet">A backup password (encryption key) is set.</param>
/// <param name="UnencryptedAgentIds">Locations whose encryption was switched off (HA 2025.4 and later).</param>
internal sealed record BackupSettings(
    bool Automatic,
    string Schedule,
    IReadOnlyList<string> AgentIds,
    bool PasswordSet,
    IReadOnlyList<string> UnencryptedAgentIds,
    DateTimeOffset? LastCompletedAutomatic)
{
    /// <summary>The agents that keep backups on this device: the Supervisor's data disk, or Core's own backups folder.</summary>
    public static readonly IReadOnlySet<string> LocalAgents = new HashSet<string>(StringComparer.Ordinal) { "hassio.local", "backup.local" };
}
