namespace Gatehouse.Checks.Catalog;

/// <summary>
/// What a file under www/ (public at /local/) should not be, judged by its name only: contents are never opened,
/// so binary and huge files cost nothing. Dashboard images, icons and card code (.js, .js.gz, .png, .svg) pass.
/// </summary>
internal static class WwwFileRules
{
    private const string Configuration = "HA configuration (may hold passwords)";
    private const string Credentials = "key or credentials";
    private const string StorageCopy = "copy of HA's .storage (accounts, tokens)";

    private static readonly Dictionary<string, string> SevereNames = new(StringComparer.Ordinal)
    {
        [".env"] = Configuration,
        [".htpasswd"] = Credentials,
        ["id_rsa"] = Credentials,
        ["id_ed25519"] = Credentials,
        ["id_ecdsa"] = Credentials,
        ["auth"] = StorageCopy,
        ["auth_provider.homeassistant"] = StorageCopy,
        ["core.config_entries"] = StorageCopy,
    };

    private static readonly (string Kind, bool Severe, string[] Endings)[] Rules =
    [
        (Configuration, true, [".yaml", ".yml"]),
        ("database", true, [".db", ".sqlite", ".sqlite3", ".db-wal", ".db-shm"]),
        ("backup or archive", true, [".tar", ".tar.gz", ".tgz", ".zip", ".7z", ".rar", ".bak", ".backup"]),
        (Credentials, true, [".pem", ".key", ".p12", ".pfx", ".jks", ".kdbx", ".ovpn", ".ppk"]),
        ("log file", true, [".log"]),
        ("document", false, [".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ods", ".odt", ".csv", ".rtf"]),
        ("photo or video", false, [".jpg", ".jpeg", ".heic", ".heif", ".dng", ".mp4", ".mov"]),
    ];

    /// <param name="relativePath">The path below www/, with forward slashes.</param>
    public static WwwFinding? Judge(string relativePath)
    {
        var path = relativePath.ToLowerInvariant();
        var name = path[(path.LastIndexOf('/') + 1)..];
        if (path.StartsWith(".storage/", StringComparison.Ordinal) || path.Contains("/.storage/", StringComparison.Ordinal) || name.StartsWith("auth_module.", StringComparison.Ordinal))
        {
            return new WwwFinding(StorageCopy, true);
        }
        if (SevereNames.TryGetValue(name, out var known))
        {
            return new WwwFinding(known, true);
        }
        if (name.StartsWith("home-assistant.log", StringComparison.Ordinal))
        {
            return new WwwFinding("log file", true);
        }
        foreach (var (kind, severe, endings) in Rules)
        {
            if (endings.Any(e => name.EndsWith(e, StringComparison.Ordinal)))
            {
                return new WwwFinding(kind, severe);
            }
        }
        return null;
    }
}
