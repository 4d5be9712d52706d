using Gatehouse.HomeAssistant.Compatibility;
using Gatehouse.Logins.Alerting;

namespace Gatehouse.Tests.Logins;

/// <summary>The notify call each release accepts (the schemas of notify/const.py and notify.send_message).</summary>
public sealed class NotifyCallTests
{
    private static readonly AlertMessage Alert = new("Failed login to Home Assistant", "From 203.0.113.5.");

    [Fact]
    public void Call_LegacyService_MessageAndTitle_NoReturnResponse()
    {
        var call = HomeAssistantNotifyChannel.Call(new NotifyTarget("notify.phone", NotifyTargetKind.LegacyService), Alert, new HaRelease(2022, 12)).ToJson();

        Assert.Equal(("notify", "phone"), ((string?)call["domain"], (string?)call["service"]));
        Assert.Equal(Alert.Title, (string?)call["service_data"]!["title"]);
        // 2022.12 rejects the whole call for any key it does not know, even "return_response": false.
        Assert.Null(call["return_response"]);
    }

    [Theory]
    [InlineData(2024, 5, false)]
    [InlineData(2024, 6, true)]
    public void Call_NotifyEntity_TitleFrom2024_6(int year, int month, bool hasTitle)
    {
        var call = HomeAssistantNotifyChannel.Call(new NotifyTarget("notify.kitchen", NotifyTargetKind.Entity), Alert, new HaRelease(year, month)).ToJson();

        Assert.Equal(("notify", "send_message", "notify.kitchen"), ((string?)call["domain"], (string?)call["service"], (string?)call["target"]!["entity_id"]![0]));
        Assert.Equal(hasTitle, call["service_data"]!["title"] is not null);
        Assert.Contains("203.0.113.5", (string?)call["service_data"]!["message"], StringComparison.Ordinal);
        Assert.Equal(!hasTitle, ((string?)call["service_data"]!["message"])!.StartsWith(Alert.Title, StringComparison.Ordinal));
    }

    [Fact]
    public void Call_CompanionApp_TagPerAddressGroupAndPanelLink()
    {
        var alert = Alert with { About = "203.0.113.5" };

        var call = HomeAssistantNotifyChannel.Call(new NotifyTarget("notify.mobile_app_pixel", NotifyTargetKind.LegacyService), alert, new HaRelease(2022, 12), "/a0d7b954_gatehouse").ToJson();

        var data = call["service_data"]!["data"]!;
        Assert.Equal(("gatehouse-203.0.113.5", "gatehouse"), ((string?)data["tag"], (string?)data["group"]));
        Assert.Equal(("/a0d7b954_gatehouse/ingress/logins", "/a0d7b954_gatehouse/ingress/logins"), ((string?)data["url"], (string?)data["clickAction"]));
    }

    [Fact]
    public void Call_CompanionAppOutsideTheAddon_HasNoLinkAndNoTagWithoutAnAddress()
    {
        var call = HomeAssistantNotifyChannel.Call(new NotifyTarget("notify.mobile_app_iphone", NotifyTargetKind.LegacyService), Alert, null, panelPath: null).ToJson();

        var data = (Newtonsoft.Json.Linq.JObject)call["service_data"]!["data"]!;
        Assert.Equal(["group"], data.Properties().Select(p => p.Name));
    }

    [Theory]
    [InlineData("notify.phone", false)]
    [InlineData("notify.telegram_home", false)]
    [InlineData("notify.mobile_app_pixel", true)]
    public void Call_OtherTargets_GetNoCompanionData(string configured, bool isEntity)
    {
        var kind = isEntity ? NotifyTargetKind.Entity : NotifyTargetKind.LegacyService;
        var call = HomeAssistantNotifyChannel.Call(new NotifyTarget(configured, kind), Alert with { About = "203.0.113.5" }, null, "/a0d7b954_gatehouse").ToJson();

        Assert.Null(call["service_data"]!["data"]);
    }
}
