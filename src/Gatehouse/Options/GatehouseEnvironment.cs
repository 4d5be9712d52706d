using System.Net;
using Gatehouse.HomeAssistant.Connection;
using Gatehouse.HomeAssistant.Supervisor;

namespace Gatehouse.Options;

/// <summary>
/// Where Gatehouse finds its files and Home Assistant: the add-on's fixed paths, or the overrides
/// of DESIGN.md §3 when running outside the container. ToString never shows a token.
/// </summary>
internal sealed record GatehouseEnvironment
{
    public const string AddonOptionsFile = "/data/options.json";
    public const string AddonDataDirectory = "/data";
    public const string AddonHaConfigDirectory = "/homeassistant";
    public const string AddonSslDirectory = "/ssl";
    public static readonly Uri AddonSupervisorUrl = new("http://supervisor");
    public static readonly Uri DefaultPublicIpUrl = new("https://api.ipify.org/");
    public static readonly Uri DefaultInternetDbUrl = new("https://internetdb.shodan.io/");
    public static readonly Uri DefaultGitHubApiUrl = new("https://api.github.com/");
    public static readonly Uri DefaultOsvUrl = new("https://api.osv.dev/");

    public required string OptionsFile { get; init; }

    /// <summary>True when the options file was named explicitly, so its absence is an error.</summary>
    public required bool OptionsFileRequired { get; init; }

    public required string DataDirectory { get; init; }

    public required string HaConfigDirectory { get; init; }

    /// <summary>The add-on's certificates folder (read-only), where mqtt_ca_file is looked up (GATEHOUSE_SSL).</summary>
    public string SslDirectory { get; init; } = AddonSslDirectory;

    /// <summary>Set when running as an add-on (SUPERVISOR_TOKEN present).</summary>
    public SupervisorEndpoint? Supervisor { get; init; }

    /// <summary>The websocket to watch: HA_URL + HA_TOKEN when given, else the Supervisor's proxy.</summary>
    public HomeAssistantEndpoint? HomeAssistant { get; init; }

    /// <summary>remote_exposure's public IP lookup (GATEHOUSE_PUBLIC_IP_URL; tests point it at loopback).</summary>
    public Uri PublicIpUrl { get; init; } = DefaultPublicIpUrl;

    /// <summary>remote_exposure's Shodan InternetDB base; the IP is appended (GATEHOUSE_INTERNETDB_URL).</summary>
    public Uri InternetDbUrl { get; init; } = DefaultInternetDbUrl;

    /// <summary>Where the panel listens (GATEHOUSE_PANEL); null when it is off.</summary>
    public IPEndPoint? PanelListen { get; init; }

    /// <summary>The only peers the panel answers (GATEHOUSE_PANEL_PEERS): the Supervisor's ingress proxy, or loopback.</summary>
    public IReadOnlyList<IPAddress> PanelPeers { get; init; } = [];

    /// <summary>advisories' GitHub REST API base (GATEHOUSE_GITHUB_API_URL).</summary>
    public Uri GitHubApiUrl { get; init; } = DefaultGitHubApiUrl;

    /// <summary>advisories' OSV API base (GATEHOUSE_OSV_URL).</summary>
    public Uri OsvUrl { get; init; } = DefaultOsvUrl;

    public bool IsAddon => Supervisor is not null;
}
