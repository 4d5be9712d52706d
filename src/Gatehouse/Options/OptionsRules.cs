using System.Text.RegularExpressions;

namespace Gatehouse.Options;

/// <summary>The allowed values of each option, each broken rule a sentence that names the fix.</summary>
/// <remarks>
/// Hand-written rather than <c>[OptionsValidator]</c>: the options are checked once, before any host exists, by the
/// same code for <c>run</c> and <c>audit</c> (the audit has no host at all), and every problem is reported at once,
/// in the add-on's option names and with the fix, instead of the first failure as an exception at first use.
/// </remarks>
internal static partial class OptionsRules
{
    public const int MaxAlertCooldownSeconds = 86_400;
    public const int MinCheckIntervalMinutes = 5;
    public const int MaxCheckIntervalMinutes = 10_080;
    public const int MinPersonalTermLength = 3;
    public const int MaxKnownNetworksAlertAfter = 10_000;

    /// <summary>A home has a handful of networks; every failed login is matched against each.</summary>
    public const int MaxKnownNetworks = 100;

    public static IReadOnlyList<OptionProblem> Check(GatehouseOptions options)
    {
        var problems = new List<OptionProblem>();
        void Problem(string option, string message) => problems.Add(new OptionProblem(option, message));

        foreach (var target in options.NotifyServices.Where(t => !NotifyTarget().IsMatch(t)))
        {
            Problem(OptionNames.NotifyServices, $"'{target}' is not a notify target; write it as notify.<name>, for example notify.mobile_app_my_phone (Developer tools > Actions lists yours).");
        }
        if (options.AlertCooldown < TimeSpan.Zero || options.AlertCooldown > TimeSpan.FromSeconds(MaxAlertCooldownSeconds))
        {
            Problem(OptionNames.AlertCooldownSeconds, $"{options.AlertCooldown.TotalSeconds} is out of range; use 0 to {MaxAlertCooldownSeconds} seconds (0 alerts on every attempt).");
        }
        if (options.CheckInterval < TimeSpan.FromMinutes(MinCheckIntervalMinutes) || options.CheckInterval > TimeSpan.FromMinutes(MaxCheckIntervalMinutes))
        {
            Problem(OptionNames.CheckIntervalMinutes, $"{options.CheckInterval.TotalMinutes} is out of range; use {MinCheckIntervalMinutes} to {MaxCheckIntervalMinutes} minutes (a week).");
        }
        foreach (var port in options.AllowedPorts.Where(p => !IsPort(p)))
        {
            Problem(OptionNames.AllowedPorts, $"{port} is not a TCP port; use numbers from 1 to 65535.");
        }
        foreach (var host in options.ScanHosts.Where(h => !IsHost(h)))
        {
            Problem(OptionNames.ScanHosts, $"'{host}' is not a host name or IP address; list single hosts such as 192.168.1.10 or homeassistant.local (no ranges, no URLs).");
        }
        foreach (var network in options.KnownNetworks.Where(n => NetworkRange.Parse(n) is null))
        {
            Problem(OptionNames.KnownNetworks, $"'{network}' is not a network; write an address or a range such as 192.168.1.0/24 or fd00::/64.");
        }
        if (options.KnownNetworks.Count > MaxKnownNetworks)
        {
            Problem(OptionNames.KnownNetworks, $"lists {options.KnownNetworks.Count} networks; list at most {MaxKnownNetworks} (a range such as 192.168.0.0/16 covers many).");
        }
        if (options.KnownNetworksAlertAfter is < 1 or > MaxKnownNetworksAlertAfter)
        {
            Problem(OptionNames.KnownNetworksAlertAfter, $"{options.KnownNetworksAlertAfter} is out of range; use 1 to {MaxKnownNetworksAlertAfter} failed logins in an hour.");
        }
        foreach (var term in options.PersonalTerms.Where(t => t.Length < MinPersonalTermLength))
        {
            Problem(OptionNames.PersonalTerms, $"'{term}' is too short to search for; use words of {MinPersonalTermLength} letters or more, such as a surname or street.");
        }
        if (!IsTopicPrefix(options.DiscoveryPrefix))
        {
            Problem(OptionNames.DiscoveryPrefix, $"'{options.DiscoveryPrefix}' is not a usable MQTT topic prefix; use letters, digits, '_' or '-' without '+', '#' or surrounding '/' (HA's default is homeassistant).");
        }
        if (options.MqttHost is { } mqttHost && !IsHost(mqttHost))
        {
            Problem(OptionNames.MqttHost, $"'{mqttHost}' is not a host name or IP address; give the broker's name or address without mqtt:// or a port (the port goes in mqtt_port), or leave it empty to use the Mosquitto add-on.");
        }
        if (options.MqttPort is { } mqttPort && !IsPort(mqttPort))
        {
            Problem(OptionNames.MqttPort, $"{mqttPort} is not a TCP port; use 1 to 65535 (usually 1883, or 8883 with mqtt_tls), or leave it empty.");
        }
        if (options.MqttCaFile is { } caFile && !IsSslFile(caFile))
        {
            Problem(OptionNames.MqttCaFile, $"'{caFile}' is not a file in the add-on's /ssl folder; put the CA certificate (PEM) there and give its name, such as my-ca.pem or /ssl/my-ca.pem.");
        }
        if (options.MqttPassword is not null && options.MqttUsername is null)
        {
            Problem(OptionNames.MqttUsername, "is empty while mqtt_password is set; set the user name that goes with the password, or clear the password.");
        }
        return problems;
    }

    private static bool IsPort(int port) => port is >= 1 and <= 65_535;

    private static bool IsHost(string host) => Uri.CheckHostName(host) != UriHostNameType.Unknown;

    /// <summary>A name inside /ssl: relative, or absolute under /ssl/, never climbing out with "..".</summary>
    private static bool IsSslFile(string path) =>
        (!Path.IsPathRooted(path) || path.StartsWith(GatehouseEnvironment.AddonSslDirectory + "/", StringComparison.Ordinal))
        && !path.Split('/').Contains("..")
        && !path.EndsWith('/');

    private static bool IsTopicPrefix(string prefix) => TopicPrefix().IsMatch(prefix);

    // A legacy service (notify.mobile_app_x) or a notify entity (notify.x): HA object ids are lower-case snake case.
    [GeneratedRegex("^notify\\.[a-z0-9_]+$")]
    private static partial Regex NotifyTarget();

    [GeneratedRegex("^[A-Za-z0-9_\\-]+(/[A-Za-z0-9_\\-]+)*$")]
    private static partial Regex TopicPrefix();
}
