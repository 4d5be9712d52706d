using Gatehouse.HaConfig;
using Gatehouse.HaConfig.Yaml;
using Gatehouse.Logins.Notices;
using Gatehouse.Options;

namespace Gatehouse.Logins.Recording;

/// <summary>
/// The addresses HA has banned, from <c>ip_bans.yaml</c> in the config folder (one mapping key per address,
/// reference ha-core.md §3.4). Read through the config folder's read gate and its bounded loader, so a link out of
/// the folder, a named pipe, a huge or deeply nested file cannot block or crash the caller. Re-read only when the
/// file changes; unreadable or absent means none known. Thread-safe.
/// </summary>
internal sealed class IpBansFile(GatehouseEnvironment environment)
{
    public const string FileName = "ip_bans.yaml";

    /// <summary>A ban is a few lines; this is tens of thousands of bans.</summary>
    private static readonly HaYamlLimits Limits = new() { MaxFileBytes = 4 * 1024 * 1024, MaxFiles = 1, MaxNodes = 200_000, MaxExpandedNodes = 10_000 };

    private readonly HaConfigFolder _folder = new(environment.HaConfigDirectory);
    private readonly Lock _lock = new();
    private (DateTime WrittenAt, long Length) _readVersion;
    private IReadOnlyCollection<string> _addresses = [];

    public IReadOnlyCollection<string> Read()
    {
        lock (_lock)
        {
            try
            {
                var file = new FileInfo(Path.Combine(_folder.Root, FileName));
                if (!file.Exists)
                {
                    _readVersion = default;
                    return _addresses = [];
                }
                var version = (file.LastWriteTimeUtc, file.Length);
                if (version != _readVersion)
                {
                    _addresses = Parse(new HaYamlLoader(_folder, Limits).Load(FileName));
                    _readVersion = version;
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                _addresses = [];
            }
            return _addresses;
        }
    }

    private static IReadOnlyCollection<string> Parse(HaYamlDocument document) =>
        document.Root is not { } bans
            ? []
            : bans.Entries.Select(entry => NoticeTextParser.NormalizeAddress(entry.Key)).OfType<string>().ToList();
}
