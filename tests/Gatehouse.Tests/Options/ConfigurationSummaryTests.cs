using Gatehouse.Options;

namespace Gatehouse.Tests.Options;

public class ConfigurationSummaryTests
{
    [Fact]
    public void Describe_MasksPasswordAndTokensAndHidesPersonalTerms()
    {
        var environment = EnvironmentReader.Read(name => name switch
        {
            "SUPERVISOR_TOKEN" => "supervisor-token-value",
            "HA_URL" => "http://ha.local:8123",
            "HA_TOKEN" => "ha-token-value",
            _ => null,
        });
        var options = new GatehouseOptions
        {
            NotifyServices = ["notify.phone"],
            MqttUsername = "gatehouse",
            MqttPassword = "mqtt-password-value",
            PersonalTerms = ["Gruenwald"],
        };

        var text = ConfigurationSummary.Describe(new GatehouseConfiguration(options, environment));

        Assert.DoesNotContain("supervisor-token-value", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ha-token-value", text, StringComparison.Ordinal);
        Assert.DoesNotContain("mqtt-password-value", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Gruenwald", text, StringComparison.Ordinal);
        Assert.Contains("mqtt_password=***", text, StringComparison.Ordinal);
        Assert.Contains("personal_terms=1 term(s)", text, StringComparison.Ordinal);
        Assert.Contains("notify_services=[notify.phone]", text, StringComparison.Ordinal);
        Assert.Contains("home_assistant=ws://ha.local:8123/api/websocket (token hidden)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_UnsetPassword_SaysNotSet()
    {
        var environment = EnvironmentReader.Read(_ => null);

        var text = ConfigurationSummary.Describe(new GatehouseConfiguration(new GatehouseOptions(), environment));

        Assert.Contains("mqtt_password=(not set)", text, StringComparison.Ordinal);
        Assert.Contains("home_assistant=(not set)", text, StringComparison.Ordinal);
    }
}
