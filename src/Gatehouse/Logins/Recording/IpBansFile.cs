using Gatehouse.Logins.Notices;
using Gatehouse.Options;
using YamlDotNet.RepresentationModel;

namespace Gatehouse.Logins.Recording;

/// <summary>
/// The addresses HA has banned, from <c>ip_bans.yaml</c> in the config folder (one mapping key per address,
/// reference ha-core.md §3.4). Re-read only when the file changes; unreadable or absent means none known.
/// </summary>
internal sealed class IpBansFile(GatehouseEnvironment environment)
{
    public const string FileName = "ip_bans.yaml";
    private const long MaxBytes = 4 * 1024 * 1024;

    private readonly string _path = Path.Combine(environment.HaConfigDirectory, FileName);
    private DateTime _readAt;
    private IReadOnlyCollection<string> _addresses = [];

    public IReadOnlyCollection<string> Read()
    {
        try
        {
            var file = new FileInfo(_path);
            if (!file.Exists || file.Length > MaxBytes)
            {
                return _addresses = [];
            }
            if (file.LastWriteTimeUtc != _readAt)
            {
                _addresses = Parse(File.ReadAllText(_path));
                _readAt = file.LastWriteTimeUtc;
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or YamlDotNet.Core.YamlException)
        {
            _addresses = [];
        }
        return _addresses;
    }

    private static IReadOnlyCollection<string> Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            return [];
        }
        return mapping.Children.Keys
            .OfType<YamlScalarNode>()
            .Select(key => key.Value is null ? null : NoticeTextParser.NormalizeAddress(key.Value))
            .OfType<string>()
            .ToList();
    }
}
