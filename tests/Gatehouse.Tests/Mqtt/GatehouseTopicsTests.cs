using Gatehouse.Mqtt.Discovery;

namespace Gatehouse.Tests.Mqtt;

public sealed class GatehouseTopicsTests
{
    [Theory]
    [InlineData("homeassistant/sensor/gatehouse/banned_ips/config", true)]
    [InlineData("homeassistant/binary_sensor/gatehouse/check_old/config", true)]
    [InlineData("homeassistant/sensor/other/banned_ips/config", false)]
    [InlineData("homeassistant/sensor/banned_ips/config", false)]
    [InlineData("other/sensor/gatehouse/banned_ips/config", false)]
    [InlineData("homeassistant/sensor/gatehouse/banned_ips/state", false)]
    public void IsConfig_OnlyGatehouseConfigsUnderThePrefix(string topic, bool expected) =>
        Assert.Equal(expected, new GatehouseTopics("homeassistant").IsConfig(topic));

    [Fact]
    public void HomeAssistantStatus_CustomPrefix_AlsoListensOnHasDefaultBirthTopic()
    {
        Assert.Equal(["homeassistant/status"], new GatehouseTopics("homeassistant").HomeAssistantStatus);
        Assert.Equal(["ha/status", "homeassistant/status"], new GatehouseTopics("ha").HomeAssistantStatus.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("mfa", "check_mfa")]
    [InlineData("Open-Ports", "check_open_ports")]
    [InlineData("tls.v2", "check_tls_v2")]
    public void CheckObjectId_IsAValidEntityIdPart(string checkId, string objectId) =>
        Assert.Equal(objectId, GatehouseEntities.CheckObjectId(checkId));
}
