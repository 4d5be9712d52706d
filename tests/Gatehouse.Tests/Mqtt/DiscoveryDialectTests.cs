using Gatehouse.HomeAssistant.Compatibility;
using Gatehouse.Mqtt.Discovery;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Tests.Mqtt;

/// <summary>The keys each release's MQTT discovery reads, around each boundary of the compatibility table.</summary>
public sealed class DiscoveryDialectTests
{
    private const string AddonLink = "homeassistant://hassio/addon/abc123_gatehouse";

    private static readonly DiscoveryEntity Score =
        SensorDiscovery.Create(new GatehouseTopics("homeassistant"), new(GatehouseEntities.SecurityScore, "Security score"), stateClass: "measurement");

    [Theory]
    [InlineData(2022, 12, "object_id", "gatehouse_security_score")]
    [InlineData(2025, 9, "object_id", "gatehouse_security_score")]
    [InlineData(2025, 10, "default_entity_id", "sensor.gatehouse_security_score")]
    [InlineData(2026, 4, "default_entity_id", "sensor.gatehouse_security_score")]
    public void Payload_EntityIdInTheKeyTheReleaseReads(int year, int month, string key, string value)
    {
        var config = Payload(new HaRelease(year, month));

        Assert.Equal(value, (string?)config[key]);
        Assert.Null(config[key == "object_id" ? "default_entity_id" : "object_id"]);
    }

    [Theory]
    [InlineData(2022, 12, false)]
    [InlineData(2023, 8, false)]
    [InlineData(2023, 9, true)]
    public void Payload_OriginFrom2023_9(int year, int month, bool hasOrigin) =>
        Assert.Equal(hasOrigin, Payload(new HaRelease(year, month))["origin"] is not null);

    [Theory]
    [InlineData(2023, 7, "https://github.com/gatehouse-addon/gatehouse")]
    [InlineData(2023, 8, AddonLink)]
    public void Payload_AddonLinkFrom2023_8_ProjectPageBefore(int year, int month, string expected) =>
        Assert.Equal(expected, (string?)Payload(new HaRelease(year, month))["device"]!["configuration_url"]);

    [Theory]
    [InlineData(2023, 7, false)]
    [InlineData(2023, 8, true)]
    public void Supports_EventPlatformFrom2023_8(int year, int month, bool supported)
    {
        var dialect = new DiscoveryDialect(new HaRelease(year, month));

        Assert.Equal(supported, dialect.Supports(EventDiscovery.Component));
        Assert.True(dialect.Supports(SensorDiscovery.Component));
    }

    [Fact]
    public void Current_UnknownRelease_SpeaksAsTodaysHa()
    {
        var config = JObject.Parse(Score.Payload(AddonLink, DiscoveryDialect.Current));

        Assert.Equal("sensor.gatehouse_security_score", (string?)config["default_entity_id"]);
        Assert.NotNull(config["origin"]);
        Assert.True(DiscoveryDialect.Current.Supports(EventDiscovery.Component));
    }

    private static JObject Payload(HaRelease release) => JObject.Parse(Score.Payload(AddonLink, new DiscoveryDialect(release)));
}
