namespace Gatehouse.Options;

/// <summary>The option names of config.yaml's <c>options</c>/<c>schema</c>, fixed by the design.</summary>
internal static class OptionNames
{
    public const string NotifyServices = "notify_services";
    public const string DismissNotice = "dismiss_notice";
    public const string AlertCooldownSeconds = "alert_cooldown_seconds";
    public const string CheckIntervalMinutes = "check_interval_minutes";
    public const string AllowedPorts = "allowed_ports";
    public const string ScanHosts = "scan_hosts";
    public const string KnownNetworks = "known_networks";
    public const string KnownNetworksAlertAfter = "known_networks_alert_after";
    public const string PersonalTerms = "personal_terms";
    public const string RemoteExposureCheck = "remote_exposure_check";
    public const string AdvisoriesCheck = "advisories_check";
    public const string DiscoveryPrefix = "discovery_prefix";
    public const string MqttHost = "mqtt_host";
    public const string MqttPort = "mqtt_port";
    public const string MqttUsername = "mqtt_username";
    public const string MqttPassword = "mqtt_password";
    public const string MqttTls = "mqtt_tls";
    public const string MqttCaFile = "mqtt_ca_file";
    public const string LogLevel = "log_level";

    /// <summary>Every option, in the order the options tab shows them.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        NotifyServices, DismissNotice, AlertCooldownSeconds, CheckIntervalMinutes, AllowedPorts, ScanHosts,
        KnownNetworks, KnownNetworksAlertAfter, PersonalTerms, RemoteExposureCheck, AdvisoriesCheck, DiscoveryPrefix, MqttHost, MqttPort, MqttUsername, MqttPassword,
        MqttTls, MqttCaFile, LogLevel,
    ];

    /// <summary>Options whose values never appear in a log line or an error message.</summary>
    public static readonly IReadOnlySet<string> Secrets = new HashSet<string>(StringComparer.Ordinal) { MqttPassword };
}
