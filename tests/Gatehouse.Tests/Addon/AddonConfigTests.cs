using System.Text.RegularExpressions;
using Gatehouse.Options;

namespace Gatehouse.Tests.Addon;

/// <summary>config.yaml against the Supervisor's _SCHEMA_APP_CONFIG (supervisor/apps/validate.py).</summary>
public sealed partial class AddonConfigTests
{
    private static readonly IReadOnlyDictionary<string, object?> Config = RepositoryFiles.ReadYamlMapping("config.yaml");

    /// <summary>Every key _SCHEMA_APP_CONFIG knows; it silently drops any other, so a typo would be lost.</summary>
    private static readonly string[] KnownKeys =
    [
        "name", "version", "slug", "description", "arch", "machine", "url", "startup", "boot", "init", "advanced",
        "stage", "ports", "ports_description", "watchdog", "webui", "ingress", "ingress_port", "ingress_entry",
        "ingress_stream", "panel_icon", "panel_title", "panel_admin", "homeassistant", "host_network", "host_pid",
        "host_ipc", "host_uts", "host_dbus", "devices", "udev", "tmpfs", "map", "environment", "privileged",
        "apparmor", "full_access", "audio", "video", "gpio", "usb", "uart", "devicetree", "kernel_modules",
        "realtime", "hassio_api", "hassio_role", "homeassistant_api", "stdin", "legacy", "docker_api", "auth_api",
        "services", "discovery", "backup_exclude", "backup_pre", "backup_post", "backup", "options", "schema",
        "image", "ulimits", "timeout", "journald", "breaking_versions",
    ];

    /// <summary>Keys whose true value widens what the add-on may touch.</summary>
    private static readonly string[] GrantingFlags =
    [
        "host_network", "host_pid", "host_ipc", "host_uts", "host_dbus", "udev", "full_access", "audio", "video",
        "gpio", "usb", "uart", "devicetree", "kernel_modules", "realtime", "docker_api", "auth_api", "stdin",
        "legacy", "journald",
    ];

    /// <summary>What _SCHEMA_APP_CONFIG fills in for keys left out; the add-on linter rejects a key set to its default.</summary>
    private static readonly Dictionary<string, object> SupervisorDefaults = new(StringComparer.Ordinal)
    {
        ["startup"] = "application",
        ["boot"] = "auto",
        ["hassio_role"] = "default",
        ["apparmor"] = true,
        ["ingress_port"] = 8099L,
        ["panel_admin"] = true,
    };

    [Fact]
    public void ConfigYaml_RequiredKeys_HaveTheSupervisorsTypes()
    {
        Assert.IsType<string>(Config["name"]);
        Assert.IsType<string>(Config["description"]);
        Assert.Matches(SemanticVersion(), Assert.IsType<string>(Config["version"]));
        Assert.Equal("gatehouse", Assert.IsType<string>(Config["slug"]));
        Assert.Matches(Slug(), (string)Config["slug"]!);
        var url = new Uri(Assert.IsType<string>(Config["url"]));
        Assert.Equal(Uri.UriSchemeHttps, url.Scheme);
    }

    [Fact]
    public void ConfigYaml_Arch_IsExactlyTheSupportedArchitectures()
    {
        // ARCH_ALL in supervisor/const.py; armhf, armv7 and i386 are deprecated and raise repair issues.
        var arch = Assert.IsAssignableFrom<IReadOnlyList<object?>>(Config["arch"]);
        Assert.Equal(["aarch64", "amd64"], arch.Cast<string>().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ConfigYaml_EveryKey_IsOneTheSupervisorKnows()
    {
        Assert.Empty(Config.Keys.Except(KnownKeys));
    }

    [Fact]
    public void ConfigYaml_EnumeratedValues_AreAllowedOnes()
    {
        Assert.Contains(Effective("startup"), new object[] { "initialize", "system", "services", "application", "once" });
        Assert.Contains(Effective("boot"), new object[] { "auto", "manual", "manual_only" });
        Assert.Contains(Effective("hassio_role"), new object[] { "default", "homeassistant", "backup", "manager", "admin" });
        var services = Assert.IsAssignableFrom<IReadOnlyList<object?>>(Config["services"]);
        Assert.All(services, service => Assert.Matches(Service(), Assert.IsType<string>(service)));
    }

    [Fact]
    public void ConfigYaml_BooleanKeys_AreYamlBooleans()
    {
        var booleans = new[] { "init", "apparmor", "hassio_api", "homeassistant_api" }.Concat(GrantingFlags);
        Assert.All(booleans.Where(Config.ContainsKey), key => Assert.IsType<bool>(Config[key]));
    }

    [Fact]
    public void ConfigYaml_S6BaseImage_TurnsDockersInitOff()
    {
        // With init: true Docker's tini becomes PID 1 and s6-overlay v3 refuses to start.
        Assert.Equal(false, Config["init"]);
    }

    [Fact]
    public void ConfigYaml_Grants_AreTheLeastGatehouseNeeds()
    {
        Assert.Equal(true, Config["homeassistant_api"]);
        Assert.Equal(true, Config["hassio_api"]);
        Assert.Equal("default", Effective("hassio_role"));
        Assert.Equal(["mqtt:need"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(Config["services"]));
        // HA's config folder for the checks, /ssl for mqtt_ca_file: both read-only.
        var maps = Assert.IsAssignableFrom<IReadOnlyList<object?>>(Config["map"]).Cast<IReadOnlyDictionary<string, object?>>().ToList();
        Assert.Equal(["homeassistant_config", "ssl"], maps.Select(m => m["type"]));
        Assert.All(maps, m => Assert.Equal(true, m["read_only"]));
        Assert.Equal(true, Effective("apparmor"));
        Assert.All(GrantingFlags, key => Assert.NotEqual(true, Config.GetValueOrDefault(key)));
        Assert.All(new[] { "privileged", "devices", "ports", "environment" }, key => Assert.False(Config.ContainsKey(key), key));
    }

    [Fact]
    public void ConfigYaml_KeysAtTheirDefault_AreLeftOut()
    {
        Assert.All(SupervisorDefaults, pair => Assert.False(Config.ContainsKey(pair.Key) && Equals(Config[pair.Key], pair.Value), $"{pair.Key} is set to its default"));
    }

    [Fact]
    public void ConfigYaml_Image_IsOneTheSupervisorPullsForEveryArchitecture()
    {
        // No {arch} in the name: the release workflow publishes one multi-arch manifest under it.
        var image = Assert.IsType<string>(Config["image"]);

        Assert.Matches(DockerImage(), image);
        Assert.Equal("ghcr.io/gatehouse-addon/gatehouse", image);
        Assert.Equal(new Uri((string)Config["url"]!).AbsolutePath.Trim('/').Split('/')[0], image.Split('/')[1]);
    }

    [Fact]
    public void ConfigYaml_Ingress_IsThePanelOnTheBinarysPortWithNoHostPort()
    {
        // _SCHEMA_APP_CONFIG: ingress bool, ingress_port a network port (or 0 for a free one), panel_* str/bool.
        Assert.Equal(true, Config["ingress"]);
        // ingress_port is left at the Supervisor's default, which is where the panel listens.
        Assert.Equal((long)PanelAddresses.DefaultPort, Config.GetValueOrDefault("ingress_port") ?? SupervisorDefaults["ingress_port"]);
        Assert.Matches("^mdi:[a-z0-9-]+$", Assert.IsType<string>(Config["panel_icon"]));
        Assert.Equal("Gatehouse", Assert.IsType<string>(Config["panel_title"]));
        // Only HA administrators see the panel: the Supervisor's default.
        Assert.Equal(true, Config.GetValueOrDefault("panel_admin") ?? SupervisorDefaults["panel_admin"]);
        Assert.False(Config.ContainsKey("webui"));
        Assert.False(Config.ContainsKey("ports"));
    }

    [Fact]
    public void ConfigYaml_Version_IsTheOneStampedIntoTheBinary()
    {
        Assert.Equal(Config["version"], GatehouseVersion.Current);
    }

    private static object? Effective(string key) => Config.GetValueOrDefault(key) ?? SupervisorDefaults[key];

    [GeneratedRegex(@"^\d+\.\d+\.\d+$")]
    private static partial Regex SemanticVersion();

    // RE_SLUG in supervisor/apps/const.py.
    [GeneratedRegex("^[-_.A-Za-z0-9]+$")]
    private static partial Regex Slug();

    // RE_DOCKER_IMAGE in supervisor/apps/validate.py.
    [GeneratedRegex(@"^([a-zA-Z\-\.:\d{}]+/)*?([\-\w{}]+)/([\-\w{}]+)$")]
    private static partial Regex DockerImage();

    // RE_SERVICE in supervisor/apps/validate.py.
    [GeneratedRegex("^(?<service>mqtt|mysql):(?<rights>provide|want|need)$")]
    private static partial Regex Service();
}
