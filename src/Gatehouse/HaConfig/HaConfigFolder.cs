namespace Gatehouse.HaConfig;

/// <summary>
/// HA's config folder (read-only): the one place Gatehouse reads HA's files from. Every path it hands out is
/// inside it after links are resolved, so neither <c>../</c> nor a symbolic link can lead a read elsewhere.
/// </summary>
internal sealed class HaConfigFolder
{
    public const string ConfigurationFile = "configuration.yaml";
    public const string StorageFolder = ".storage";
    public const string WwwFolder = "www";

    private readonly Lazy<string> _realRoot;

    public HaConfigFolder(string root)
    {
        Root = Path.GetFullPath(root);
        _realRoot = new Lazy<string>(() => RealPath.Resolve(Root));
    }

    /// <summary>The folder as configured (GATEHOUSE_HA_CONFIG, <c>--config-dir</c>, or /homeassistant).</summary>
    public string Root { get; }

    public bool Exists => Directory.Exists(Root);

    /// <summary>The physical path of <paramref name="path"/> (absolute, or relative to the folder) when it is inside the folder; otherwise null.</summary>
    public string? ResolveInside(string path)
    {
        var real = RealPath.Resolve(Path.GetFullPath(path, Root));
        var root = _realRoot.Value;
        return real == root || real.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? real : null;
    }

    /// <summary>A path as the owner knows it: relative to the config folder, with forward slashes.</summary>
    public string Describe(string resolvedPath) => Path.GetRelativePath(_realRoot.Value, resolvedPath).Replace('\\', '/');
}
