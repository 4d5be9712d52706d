using Gatehouse.Options;

namespace Gatehouse.Tests.Options;

public class OptionsFileReaderTests
{
    [Fact]
    public void Read_EmptyObject_GivesDefaults()
    {
        var (options, problems) = OptionsFileReader.Read("{}");

        Assert.Empty(problems);
        Assert.Empty(options.NotifyServices);
        Assert.True(options.DismissNotice);
        Assert.Equal(TimeSpan.FromSeconds(300), options.AlertCooldown);
        Assert.Equal(TimeSpan.FromMinutes(360), options.CheckInterval);
        Assert.Equal("homeassistant", options.DiscoveryPrefix);
        Assert.Equal(AddonLogLevel.Info, options.LogLevel);
    }

    [Fact]
    public void Read_EveryOptionSet_ReadsEachValue()
    {
        const string json = """
            {
              "notify_services": ["notify.mobile_app_pixel", "notify.family"],
              "dismiss_notice": false,
              "alert_cooldown_seconds": 60,
              "check_interval_minutes": 30,
              "allowed_ports": [8123, 443],
              "scan_hosts": ["192.168.1.10"],
              "known_networks": ["192.168.1.0/24"],
              "known_networks_alert_after": 25,
              "personal_terms": ["Miller"],
              "remote_exposure_check": true,
              "advisories_check": true,
              "discovery_prefix": "ha",
              "mqtt_host": "broker.lan",
              "mqtt_port": 8883,
              "mqtt_username": "gatehouse",
              "mqtt_password": "s3cret",
              "mqtt_tls": true,
              "log_level": "debug"
            }
            """;

        var (options, problems) = OptionsFileReader.Read(json);

        Assert.Empty(problems);
        Assert.Equal(["notify.mobile_app_pixel", "notify.family"], options.NotifyServices);
        Assert.False(options.DismissNotice);
        Assert.Equal(TimeSpan.FromSeconds(60), options.AlertCooldown);
        Assert.Equal(TimeSpan.FromMinutes(30), options.CheckInterval);
        Assert.Equal([8123, 443], options.AllowedPorts);
        Assert.Equal(["192.168.1.10"], options.ScanHosts);
        Assert.Equal(["192.168.1.0/24"], options.KnownNetworks);
        Assert.Equal(25, options.KnownNetworksAlertAfter);
        Assert.Equal(["Miller"], options.PersonalTerms);
        Assert.True(options.RemoteExposureCheck);
        Assert.True(options.AdvisoriesCheck);
        Assert.Equal("ha", options.DiscoveryPrefix);
        Assert.Equal("broker.lan", options.MqttHost);
        Assert.Equal(8883, options.MqttPort);
        Assert.Equal("gatehouse", options.MqttUsername);
        Assert.Equal("s3cret", options.MqttPassword);
        Assert.True(options.MqttTls);
        Assert.Equal(AddonLogLevel.Debug, options.LogLevel);
    }

    [Fact]
    public void Read_NullsAndEmptyStrings_MeanUnset()
    {
        var (options, problems) = OptionsFileReader.Read("""{"mqtt_host": "", "mqtt_port": null, "notify_services": null, "log_level": null}""");

        Assert.Empty(problems);
        Assert.Null(options.MqttHost);
        Assert.Null(options.MqttPort);
        Assert.Empty(options.NotifyServices);
        Assert.Equal(AddonLogLevel.Info, options.LogLevel);
    }

    [Fact]
    public void Read_NumberAsText_IsAccepted()
    {
        var (options, problems) = OptionsFileReader.Read("""{"mqtt_port": "1884", "allowed_ports": ["22"]}""");

        Assert.Empty(problems);
        Assert.Equal(1884, options.MqttPort);
        Assert.Equal([22], options.AllowedPorts);
    }

    [Theory]
    [InlineData("""{"dismiss_notice": "yes"}""", "dismiss_notice", "'\"yes\"' is not true or false")]
    [InlineData("""{"alert_cooldown_seconds": 1.5}""", "alert_cooldown_seconds", "'1.5' is not a whole number")]
    [InlineData("""{"check_interval_minutes": "hourly"}""", "check_interval_minutes", "'\"hourly\"' is not a whole number")]
    [InlineData("""{"notify_services": "notify.phone"}""", "notify_services", "is not a list of text entries")]
    [InlineData("""{"allowed_ports": [22, "ssh"]}""", "allowed_ports", "'\"ssh\"' is not a whole number")]
    [InlineData("""{"log_level": "loud"}""", "log_level", "'loud' is not a log level; use one of trace, debug, info, notice, warning, error, fatal")]
    [InlineData("""{"log_level": "3"}""", "log_level", "'3' is not a log level")]
    [InlineData("""{"mqtt_prt": 1883}""", "mqtt_prt", "there is no such option")]
    public void Read_WrongType_NamesOptionAndValue(string json, string option, string expected)
    {
        var (_, problems) = OptionsFileReader.Read(json);

        var problem = Assert.Single(problems);
        Assert.Equal(option, problem.Name);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Invalid option '{option}': ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SecretOfWrongType_NeverRepeatsTheValue()
    {
        var (_, problems) = OptionsFileReader.Read("""{"mqtt_password": ["hunter2-secret"]}""");

        var problem = Assert.Single(problems);
        Assert.Equal("mqtt_password", problem.Name);
        Assert.DoesNotContain("hunter2-secret", problem.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"notify_services\": [")]
    public void Read_NotAJsonObject_OneProblemAndDefaults(string json)
    {
        var (options, problems) = OptionsFileReader.Read(json);

        var problem = Assert.Single(problems);
        Assert.Contains("not valid JSON", problem.Message, StringComparison.Ordinal);
        Assert.Equal(new GatehouseOptions(), options);
    }

    [Fact]
    public void Read_SeveralProblems_ReportsEveryOne()
    {
        var (_, problems) = OptionsFileReader.Read("""{"dismiss_notice": 1, "mqtt_tls": "on", "mqtt_port": true}""");

        Assert.Equal(["dismiss_notice", "mqtt_port", "mqtt_tls"], problems.Select(p => p.Name).Order());
    }
}
