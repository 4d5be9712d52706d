namespace Gatehouse.Checks.Catalog;

/// <summary>
/// What a file under www/ (public at /local/) should not be, judged by its name only: contents are never opened,
/// so binary and huge files cost nothing. Dashboard images, icons and card code (.js, .js.gz, .png, .svg) pass.
/// </summary>
internal static class WwwFileRules
{
    public sealed record Finding(string Kind, bool Severe);

    private static readonly string[] SevereNames = ["secrets.yaml", "configuration.yaml", "ip_bans.yaml", "known_devices.yaml", ".env", ".htpasswd", "id_rsa", "id_ed25519", "id_ecdsa", "auth_provider.homeassistant", "core.config_entries"];

    private static readonly (string Kind, bool Severe, string[] Endings)[] Rules =
    [
        ("HA configuration (may hold passwords)", true, [".yaml", ".yml"]),
        ("database", true, [".db", ".sqlite", ".sqlite3", ".db-wal", ".db-shm"]),
        ("backup or archive", true, [".tar", ".tar.gz", ".tgz", ".zip", ".7z", ".rar", ".bak", ".backup"]),
        ("key or credentials", true, [".pem", ".key", ".p12", ".pfx", ".jks", ".kdbx", ".ovpn", ".ppk"]),
        ("log file", true, [".log"]),
        ("document", false, [".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ods", ".odt", ".csv", ".rtf"]),
        ("photo or video", false, [".jpg", ".jpeg", ".heic", ".heif", ".dng", ".mp4", ".mov"]),
    ];

    /// <param name="relativePath">The path below www/, with forward slashes.</param>
    public static Finding? Judge(string relativePath)
    {
        var path = relativePath.ToLowerInvariant();
        var name = path[(path.LastIndexOf('/') + 1)..];
        if (path.StartsWith(".storage/", StringComparison.Ordinal) || path.Contains("/.storage/", StringComparison.Ordinal) || name.StartsWith("auth_module.", StringComparison.Ordinal))
        {
            return new Finding("copy of HA's .storage (accounts, tokens)", true);
        }
        if (SevereNames.Contains(name) || name.StartsWith("home-assistant.log", StringComparison.Ordinal))
        {
            return new Finding("HA configuration, key or log", true);
        }
        foreach (var (kind, severe, endings) in Rules)
        {
            if (endings.Any(e => name.EndsWith(e, StringComparison.Ordinal)))
            {
                return new Finding(kind, severe);
            }
        }
        return null;
    }
}
