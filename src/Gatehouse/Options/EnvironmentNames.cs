namespace Gatehouse.Options;

/// <summary>Environment variables of the configuration contract (DESIGN.md §3).</summary>
internal static class EnvironmentNames
{
    public const string OptionsFile = "GATEHOUSE_OPTIONS";
    public const string DataDirectory = "GATEHOUSE_DATA";
    public const string HaConfigDirectory = "GATEHOUSE_HA_CONFIG";
    public const string SslDirectory = "GATEHOUSE_SSL";
    public const string SupervisorUrl = "SUPERVISOR_URL";
    public const string SupervisorToken = "SUPERVISOR_TOKEN";
    public const string HaUrl = "HA_URL";
    public const string HaToken = "HA_TOKEN";

    /// <summary>The panel's listen address, <c>host:port</c> or <c>off</c>.</summary>
    public const string Panel = "GATEHOUSE_PANEL";

    /// <summary>The addresses the panel answers, comma-separated (a test's ingress proxy on loopback).</summary>
    public const string PanelPeers = "GATEHOUSE_PANEL_PEERS";

    /// <summary>Where remote_exposure asks for the public IP (plain text answer); internal, not an add-on option.</summary>
    public const string PublicIpUrl = "GATEHOUSE_PUBLIC_IP_URL";

    /// <summary>Shodan InternetDB's base URL for remote_exposure; internal, not an add-on option.</summary>
    public const string InternetDbUrl = "GATEHOUSE_INTERNETDB_URL";

    /// <summary>GitHub's REST API base for advisories; internal, not an add-on option.</summary>
    public const string GitHubApiUrl = "GATEHOUSE_GITHUB_API_URL";

    /// <summary>OSV's API base for advisories; internal, not an add-on option.</summary>
    public const string OsvUrl = "GATEHOUSE_OSV_URL";
}
