using System.Text;

namespace Gatehouse.Options;

/// <summary>
/// The add-on options, as the owner sets them in the options tab (names in <see cref="OptionNames"/>).
/// Read and checked once at start by <see cref="OptionsFileReader"/> and <see cref="OptionsRules"/>.
/// ToString masks <see cref="MqttPassword"/>: records print every member, and an options object in a log line or an
/// exception message must not carry the password there.
/// </summary>
internal sealed record GatehouseOptions
{
    public const int DefaultAlertCooldownSeconds = 300;
    public const int DefaultCheckIntervalMinutes = 360;
    public const string DefaultDiscoveryPrefix = "homeassistant";
    public const int DefaultKnownNetworksAlertAfter = 10;

    /// <summary>Targets such as <c>notify.mobile_app_phone</c>: a legacy notify service or a notify entity.</summary>
    public IReadOnlyList<string> NotifyServices { get; init; } = [];

    /// <summary>Dismiss HA's "Login attempt failed" notice once the alert went out.</summary>
    public bool DismissNotice { get; init; } = true;

    public TimeSpan AlertCooldown { get; init; } = TimeSpan.FromSeconds(DefaultAlertCooldownSeconds);

    public TimeSpan CheckInterval { get; init; } = TimeSpan.FromMinutes(DefaultCheckIntervalMinutes);

    /// <summary>Ports the owner expects to be open; the port check does not flag them.</summary>
    public IReadOnlyList<int> AllowedPorts { get; init; } = [];

    /// <summary>Hosts the port check probes; empty means the HA host.</summary>
    public IReadOnlyList<string> ScanHosts { get; init; } = [];

    /// <summary>Words (a surname, a street) that should not appear in names and URLs HA shows.</summary>
    public IReadOnlyList<string> PersonalTerms { get; init; } = [];

    /// <summary>The owner's own networks (CIDRs): failed logins from them go into the daily digest, not one push each.</summary>
    public IReadOnlyList<string> KnownNetworks { get; init; } = [];

    /// <summary>Failed logins from a known network within an hour that alert after all (someone there is guessing).</summary>
    public int KnownNetworksAlertAfter { get; init; } = DefaultKnownNetworksAlertAfter;

    /// <summary>Opt-in: sends the public IP to a third party to learn what the internet sees.</summary>
    public bool RemoteExposureCheck { get; init; }

    /// <summary>Opt-in: sends the installed Core, Supervisor and OS versions to GitHub and OSV to look up security advisories.</summary>
    public bool AdvisoriesCheck { get; init; }

    public string DiscoveryPrefix { get; init; } = DefaultDiscoveryPrefix;

    /// <summary>Broker overrides; when <see cref="MqttHost"/> is unset the Supervisor's MQTT service is used.</summary>
    public string? MqttHost { get; init; }

    public int? MqttPort { get; init; }

    public string? MqttUsername { get; init; }

    public string? MqttPassword { get; init; }

    public bool MqttTls { get; init; }

    /// <summary>A CA certificate (PEM) in the add-on's /ssl folder that the broker's certificate must chain to: a private CA.</summary>
    public string? MqttCaFile { get; init; }

    public AddonLogLevel LogLevel { get; init; } = AddonLogLevel.Info;

    /// <summary>What the record's ToString prints between its braces: every option, the password masked.</summary>
#pragma warning disable IDE0051 // Called by the compiler-generated ToString, which the analyzer does not see.
    private bool PrintMembers(StringBuilder builder)
    {
        static string List<T>(IEnumerable<T> items) => $"[{string.Join(", ", items)}]";
        builder.Append($"NotifyServices = {List(NotifyServices)}, DismissNotice = {DismissNotice}, AlertCooldown = {AlertCooldown}, ");
        builder.Append($"CheckInterval = {CheckInterval}, AllowedPorts = {List(AllowedPorts)}, ScanHosts = {List(ScanHosts)}, ");
        builder.Append($"KnownNetworks = {List(KnownNetworks)}, KnownNetworksAlertAfter = {KnownNetworksAlertAfter}, ");
        builder.Append($"PersonalTerms = {List(PersonalTerms)}, RemoteExposureCheck = {RemoteExposureCheck}, AdvisoriesCheck = {AdvisoriesCheck}, DiscoveryPrefix = {DiscoveryPrefix}, ");
        builder.Append($"MqttHost = {MqttHost}, MqttPort = {MqttPort}, MqttUsername = {MqttUsername}, ");
        builder.Append($"MqttPassword = {(MqttPassword is null ? "" : ConfigurationSummary.Masked)}, MqttTls = {MqttTls}, MqttCaFile = {MqttCaFile}, LogLevel = {LogLevel}");
        return true;
    }
#pragma warning restore IDE0051
}
