using Gatehouse.HaConfig.Settings;
using Gatehouse.HaConfig.Storage;
using Gatehouse.HaConfig.Yaml;

namespace Gatehouse.HaConfig;

/// <summary>
/// One check run's view of the config folder: each part is read once, on first use, and shared by the checks of
/// that run (they run concurrently, hence the thread-safe lazies). A new run reads the files afresh. The YAML of
/// the run is read within one <see cref="ReadBudget"/>, and stops when the run is cancelled.
/// </summary>
internal sealed class HaConfigSnapshot
{
    private const string CloudStorageKey = "cloud";

    /// <summary>HA writes its version here on every start.</summary>
    public const string VersionFile = ".HA_VERSION";

    private readonly Lazy<HaYamlDocument> _yaml;
    private readonly Lazy<ConfigRead<AuthContents>> _auth;
    private readonly Dictionary<string, Lazy<ConfigRead<IReadOnlySet<string>>>> _enrolments;
    private readonly Lazy<ConfigRead<HttpSettings>> _http;
    private readonly Lazy<ConfigRead<CoreSettings>> _core;
    private readonly Lazy<ConfigRead<bool>> _remoteUi;
    private readonly Lazy<ConfigRead<BackupSettings>> _backup;
    private readonly Lazy<string?> _coreVersion;

    public HaConfigSnapshot(HaConfigFolder folder, HaYamlLimits limits, CancellationToken cancellationToken = default)
    {
        Folder = folder;
        Budget = new ReadBudget(limits, cancellationToken);
        var storage = new StorageReader(folder);
        _yaml = new(() => new HaYamlLoader(folder, Budget).Load());
        _auth = new(() => storage.Read(AuthStorage.Key, AuthStorage.Contents));
        _enrolments = MfaStorage.Modules.ToDictionary(
            m => m.Key,
            m => new Lazy<ConfigRead<IReadOnlySet<string>>>(() => storage.Read(m.Key, MfaStorage.EnrolledUserIds)));
        _http = new(() => ReadHttp(storage));
        _core = new(() => ReadCore(storage));
        _remoteUi = new(() => ReadRemoteUi(storage));
        _backup = new(() => storage.Read(BackupStorage.Key, BackupStorage.Settings));
        _coreVersion = new(() => folder.Read(VersionFile, 64, Budget).Bytes is { } bytes ? System.Text.Encoding.UTF8.GetString(bytes).Trim() : null);
    }

    public HaConfigFolder Folder { get; }

    /// <summary>What the run may still read; checks that read files of their own (.gitignore) spend it too.</summary>
    public ReadBudget Budget { get; }

    public HaYamlDocument Yaml => _yaml.Value;

    /// <summary>configuration.yaml, or the reason (file and line) it could not be read.</summary>
    public ConfigRead<HaConfiguration> Configuration => Yaml is { Root: { } root }
        ? ConfigRead<HaConfiguration>.Read(new HaConfiguration(root))
        : ConfigRead<HaConfiguration>.Failed(Describe(Yaml.Problem!));

    public ConfigRead<IReadOnlyList<HaUser>> Users => new(_auth.Value.Value?.Users, _auth.Value.Missing, _auth.Value.Problem);

    /// <summary>The long-lived access tokens' metadata, from the same read of <c>.storage/auth</c> as <see cref="Users"/>.</summary>
    public ConfigRead<IReadOnlyList<LongLivedToken>> LongLivedTokens => new(_auth.Value.Value?.LongLivedTokens, _auth.Value.Missing, _auth.Value.Problem);

    /// <summary>The ids of users enrolled in an MFA module (a key of <see cref="MfaStorage.Modules"/>).</summary>
    public ConfigRead<IReadOnlySet<string>> Enrolment(string key) => _enrolments[key].Value;

    public ConfigRead<HttpSettings> Http => _http.Value;

    public ConfigRead<CoreSettings> Core => _core.Value;

    /// <summary>Whether Home Assistant Cloud's Remote UI is in use (logged in, remote access not switched off).</summary>
    public ConfigRead<bool> RemoteUi => _remoteUi.Value;

    /// <summary>HA's backup settings; missing before HA 2025.1 (or when the backup integration never loaded).</summary>
    public ConfigRead<BackupSettings> Backup => _backup.Value;

    /// <summary>The Core version HA last started with (.HA_VERSION), or null when the file is missing or unreadable.</summary>
    public string? CoreVersion => _coreVersion.Value;

    public static string Describe(HaYamlException problem) => $"{problem.Mark} {problem.Problem}";

    private ConfigRead<HttpSettings> ReadHttp(StorageReader storage)
    {
        var stored = storage.Read(HttpSettingsReader.StorageKey, HttpSettingsReader.FromStorage);
        if (!stored.Missing)
        {
            return stored;
        }
        var configuration = Configuration;
        return configuration.Value is { } value
            ? ConfigRead<HttpSettings>.Read(HttpSettingsReader.FromYaml(value))
            : ConfigRead<HttpSettings>.Failed(configuration.Problem!);
    }

    private ConfigRead<CoreSettings> ReadCore(StorageReader storage)
    {
        var stored = storage.Read(CoreSettingsReader.StorageKey, CoreSettingsReader.FromStorage);
        if (stored.Problem is not null)
        {
            return stored;
        }
        var configuration = Configuration;
        if (configuration.Value is not { } value)
        {
            return ConfigRead<CoreSettings>.Failed(configuration.Problem!);
        }
        return CoreSettingsReader.Merge(stored.Value, value) is { } merged ? ConfigRead<CoreSettings>.Read(merged) : ConfigRead<CoreSettings>.Absent;
    }

    private ConfigRead<bool> ReadRemoteUi(StorageReader storage)
    {
        // hass-nabucasa keeps the account's session in .cloud/<mode>_auth.json: its existence says "logged in".
        // The file holds tokens, so only its presence is looked at.
        var loggedIn = Folder.ResolveInside(Path.Combine(".cloud", "production_auth.json")) is { } auth && File.Exists(auth);
        if (!loggedIn)
        {
            return ConfigRead<bool>.Read(false);
        }
        var preferences = storage.Read(CloudStorageKey, data => data.Flag("remote_enabled") ?? true);
        return preferences.Problem is not null ? ConfigRead<bool>.Failed(preferences.Problem) : ConfigRead<bool>.Read(preferences.Value || preferences.Missing);
    }
}
