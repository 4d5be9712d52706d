using System.Text.Json;
using Gatehouse.HaConfig.Storage;
using Gatehouse.HaConfig.Yaml;

namespace Gatehouse.HaConfig.Settings;

/// <summary>
/// Where HA takes its http settings from: <c>.storage/http</c> (<c>stable</c>, the confirmed set) when that file
/// exists, since HA 2026 ignores YAML after migrating it; otherwise the <c>http:</c> block of configuration.yaml.
/// </summary>
internal static class HttpSettingsReader
{
    public const string StorageKey = "http";
    private const string Domain = "http";

    public static HttpSettings FromStorage(JsonElement data)
    {
        var stable = data.Field("stable") ?? data;
        return new HttpSettings(
            stable.Flag("ip_ban_enabled") ?? true,
            stable.Field("login_attempts_threshold") is { ValueKind: JsonValueKind.Number } threshold && threshold.TryGetInt32(out var value) ? value : HttpSettings.NeverBan,
            stable.Flag("use_x_forwarded_for") ?? false,
            stable.Texts("trusted_proxies").ToList(),
            stable.Field("api_password") is not null,
            stable.Text("ssl_profile") ?? HttpSettings.DefaultSslProfile,
            stable.Text("ssl_certificate") is not null,
            $"{HaConfigFolder.StorageFolder}/{StorageKey} (Settings > System > Network)");
    }

    public static HttpSettings FromYaml(HaConfiguration configuration)
    {
        var section = configuration.Sections(Domain).LastOrDefault();
        if (section?.Value is not YamlMap http)
        {
            return new HttpSettings(true, HttpSettings.NeverBan, false, [], false, HttpSettings.DefaultSslProfile, false, "HA's defaults (no http: block in configuration.yaml)");
        }
        return new HttpSettings(
            (http["ip_ban_enabled"] as YamlScalar)?.AsBool() ?? true,
            (http["login_attempts_threshold"] as YamlScalar)?.AsInt() ?? HttpSettings.NeverBan,
            (http["use_x_forwarded_for"] as YamlScalar)?.AsBool() ?? false,
            Texts(http["trusted_proxies"]),
            http["api_password"] is not null,
            (http["ssl_profile"] as YamlScalar)?.Value ?? HttpSettings.DefaultSslProfile,
            http["ssl_certificate"] is YamlScalar { IsNull: false } or YamlTagged,
            $"the http: block at {section.KeyMark}");
    }

    private static List<string> Texts(YamlNode? node) => node switch
    {
        YamlScalar { IsNull: false } scalar => [scalar.Value],
        YamlList list => list.Items.Select(i => i switch
        {
            YamlScalar scalar => scalar.Value,
            YamlTagged tagged => $"{tagged.Tag} {tagged.Argument}",
            _ => "(not an address)",
        }).ToList(),
        YamlTagged tagged => [$"{tagged.Tag} {tagged.Argument}"],
        _ => [],
    };
}
