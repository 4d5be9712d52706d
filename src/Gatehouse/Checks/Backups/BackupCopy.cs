namespace Gatehouse.Checks.Backups;

/// <summary>One backup found: when it was made, whether a copy is off this device, and whether it is encrypted (null: unknown).</summary>
internal sealed record BackupCopy(DateTimeOffset Date, bool OffDevice, bool? Encrypted);
