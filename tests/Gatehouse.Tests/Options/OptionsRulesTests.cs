using Gatehouse.Options;

namespace Gatehouse.Tests.Options;

public class OptionsRulesTests
{
    [Fact]
    public void Check_Defaults_AreValid() => Assert.Empty(OptionsRules.Check(new GatehouseOptions()));

    [Fact]
    public void Check_GoodValues_AreValid()
    {
        var options = new GatehouseOptions
        {
            NotifyServices = ["notify.mobile_app_pixel_8", "notify.notify"],
            AlertCooldown = TimeSpan.Zero,
            CheckInterval = TimeSpan.FromMinutes(5),
            AllowedPorts = [1, 65535],
            ScanHosts = ["192.168.1.10", "homeassistant.local", "::1"],
            PersonalTerms = ["Elm"],
            KnownNetworks = ["192.168.1.0/24", "fd00::/64", "10.0.0.7"],
            KnownNetworksAlertAfter = 1,
            DiscoveryPrefix = "home/assistant-2",
            MqttHost = "core-mosquitto",
            MqttPort = 1883,
            MqttUsername = "u",
            MqttPassword = "p",
            MqttCaFile = "home-ca.pem",
        };

        Assert.Empty(OptionsRules.Check(options));
        Assert.Empty(OptionsRules.Check(new GatehouseOptions { MqttCaFile = "/ssl/certs/home-ca.pem" }));
    }

    // Each case: the options, the option the problem must name, and words the message must hold.
    private static readonly (GatehouseOptions Options, string Option, string Expected)[] InvalidCases =
    [
        (new() { NotifyServices = ["mobile_app_pixel"] }, "notify_services", "'mobile_app_pixel' is not a notify target; write it as notify.<name>"),
        (new() { NotifyServices = ["notify.Mobile App"] }, "notify_services", "'notify.Mobile App' is not a notify target"),
        (new() { AlertCooldown = TimeSpan.FromSeconds(-1) }, "alert_cooldown_seconds", "-1 is out of range; use 0 to 86400 seconds"),
        (new() { AlertCooldown = TimeSpan.FromSeconds(86_401) }, "alert_cooldown_seconds", "86401 is out of range"),
        (new() { CheckInterval = TimeSpan.FromMinutes(4) }, "check_interval_minutes", "4 is out of range; use 5 to 10080 minutes"),
        (new() { CheckInterval = TimeSpan.FromMinutes(10_081) }, "check_interval_minutes", "10081 is out of range"),
        (new() { AllowedPorts = [0] }, "allowed_ports", "0 is not a TCP port; use numbers from 1 to 65535"),
        (new() { AllowedPorts = [65_536] }, "allowed_ports", "65536 is not a TCP port"),
        (new() { ScanHosts = ["192.168.1.0/24"] }, "scan_hosts", "'192.168.1.0/24' is not a host name or IP address"),
        (new() { ScanHosts = ["http://ha.local"] }, "scan_hosts", "'http://ha.local' is not a host name or IP address"),
        (new() { KnownNetworks = ["192.168.1.0/33"] }, "known_networks", "'192.168.1.0/33' is not a network; write an address or a range"),
        (new() { KnownNetworks = ["home"] }, "known_networks", "'home' is not a network"),
        (new() { KnownNetworks = [.. Enumerable.Range(0, 101).Select(i => $"10.0.{i}.0/24")] }, "known_networks", "lists 101 networks; list at most 100"),
        (new() { KnownNetworksAlertAfter = 0 }, "known_networks_alert_after", "0 is out of range; use 1 to 10000"),
        (new() { PersonalTerms = ["ab"] }, "personal_terms", "'ab' is too short to search for"),
        (new() { DiscoveryPrefix = "home/#" }, "discovery_prefix", "'home/#' is not a usable MQTT topic prefix"),
        (new() { DiscoveryPrefix = "/homeassistant" }, "discovery_prefix", "'/homeassistant' is not a usable MQTT topic prefix"),
        (new() { DiscoveryPrefix = "a+b" }, "discovery_prefix", "is not a usable MQTT topic prefix"),
        (new() { MqttHost = "mqtt://broker:1883" }, "mqtt_host", "'mqtt://broker:1883' is not a host name or IP address"),
        (new() { MqttPort = 0 }, "mqtt_port", "0 is not a TCP port"),
        (new() { MqttPort = 70_000 }, "mqtt_port", "70000 is not a TCP port"),
        (new() { MqttPassword = "p" }, "mqtt_username", "is empty while mqtt_password is set"),
        (new() { MqttCaFile = "../etc/ssl/ca.pem" }, "mqtt_ca_file", "'../etc/ssl/ca.pem' is not a file in the add-on's /ssl folder"),
        (new() { MqttCaFile = "/etc/ssl/certs/ca.pem" }, "mqtt_ca_file", "'/etc/ssl/certs/ca.pem' is not a file in the add-on's /ssl folder"),
        (new() { MqttCaFile = "/ssl/../data/options.json" }, "mqtt_ca_file", "is not a file in the add-on's /ssl folder"),
    ];

    public static TheoryData<int> InvalidCaseNumbers() => new(Enumerable.Range(0, InvalidCases.Length));


    [Theory]
    [MemberData(nameof(InvalidCaseNumbers))]
    public void Check_InvalidValue_NamesOptionValueAndWhatIsAllowed(int caseNumber)
    {
        var (options, option, expected) = InvalidCases[caseNumber];

        var problem = Assert.Single(OptionsRules.Check(options));

        Assert.Equal(option, problem.Name);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PasswordWithoutUser_NeverShowsThePassword()
    {
        var problem = Assert.Single(OptionsRules.Check(new GatehouseOptions { MqttPassword = "correct-horse" }));

        Assert.DoesNotContain("correct-horse", problem.ToString(), StringComparison.Ordinal);
    }
}
