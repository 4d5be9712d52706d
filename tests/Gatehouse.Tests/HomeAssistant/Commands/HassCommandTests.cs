using Gatehouse.HomeAssistant.Commands;
using Gatehouse.HomeAssistant.Messages;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Tests.HomeAssistant.Commands;

/// <summary>
/// What each command puts on the wire (only the keys HA's schema for it takes: older releases reject unknown keys,
/// even false or null ones) and how its subscription events read.
/// </summary>
public sealed class HassCommandTests
{
    [Fact]
    public void ToJson_CallServiceWithoutResponseOrTarget_OnlyDomainServiceAndData()
    {
        var json = new CallServiceCommand("notify", "phone") { ServiceData = new JObject { ["message"] = "Hi" } }.ToJson();

        Assert.Equal("""{"type":"call_service","domain":"notify","service":"phone","service_data":{"message":"Hi"}}""", json.ToString(Formatting.None));
    }

    [Fact]
    public void ToJson_CallServiceWithResponseAndTarget_BothKeys()
    {
        var json = new CallServiceCommand("notify", "send_message") { Target = ServiceTarget.Entity("notify.kitchen"), ReturnResponse = true }.ToJson();

        Assert.Equal("""{"type":"call_service","domain":"notify","service":"send_message","target":{"entity_id":["notify.kitchen"]},"return_response":true}""", json.ToString(Formatting.None));
    }

    [Fact]
    public void ToJson_SentTwice_TheCommandsDataIsNotTakenByTheFirstMessage()
    {
        var command = new CallServiceCommand("notify", "phone") { ServiceData = new JObject { ["message"] = "Hi" } };

        var first = command.ToJson();
        first["service_data"]!["message"] = "changed";

        Assert.Equal("Hi", (string?)command.ToJson()["service_data"]!["message"]);
        Assert.Null(command.ServiceData!.Parent);
    }

    [Theory]
    [InlineData(null, """{"type":"subscribe_events"}""")]
    [InlineData("state_changed", """{"type":"subscribe_events","event_type":"state_changed"}""")]
    public void ToJson_SubscribeEvents_EventTypeOnlyWhenGiven(string? eventType, string expected) =>
        Assert.Equal(expected, new SubscribeEventsCommand(eventType).ToJson().ToString(Formatting.None));

    [Fact]
    public void ToJson_CommandsWithFixedKeys()
    {
        Assert.Equal("""{"type":"supported_features","features":{"coalesce_messages":1}}""", new SupportedFeaturesCommand().ToJson().ToString(Formatting.None));
        Assert.Equal("""{"type":"unsubscribe_events","subscription":7}""", new UnsubscribeEventsCommand(7).ToJson().ToString(Formatting.None));
        Assert.Equal("""{"type":"get_states"}""", new GetStatesCommand().ToJson().ToString(Formatting.None));
        Assert.Equal("""{"type":"auth","access_token":"t0ken"}""", new AuthMessage("t0ken").ToJson().ToString(Formatting.None));
    }

    [Fact]
    public void ReadEvent_StateChanged_EventAndItsStates()
    {
        var payload = JToken.Parse("""
            {"event_type": "state_changed", "origin": "LOCAL", "time_fired": "2026-11-28T00:30:20+00:00", "context": {"id": "c1"},
             "data": {"entity_id": "light.kitchen", "old_state": {"entity_id": "light.kitchen", "state": "off"}, "new_state": null}}
            """);

        var hassEvent = new SubscribeEventsCommand(HassEventTypes.StateChanged).ReadEvent(payload);
        var changed = hassEvent.AsStateChanged()!;

        Assert.Equal(("state_changed", "LOCAL", "c1", 2026), (hassEvent.EventType, hassEvent.Origin, hassEvent.Context!.Id, hassEvent.TimeFired!.Value.Year));
        Assert.Equal(("light.kitchen", "off"), (changed.EntityId, changed.OldState!.State));
        Assert.Null(changed.NewState);
    }

    [Fact]
    public void ReadEvent_NotificationUpdate_NoticesById()
    {
        var update = new SubscribePersistentNotificationsCommand().ReadEvent(JToken.Parse("""
            {"type": "added", "notifications": {"http-login": {"notification_id": "http-login", "message": "Login attempt failed", "created_at": "2026-11-28T00:30:20+00:00"}}}
            """));

        Assert.True(update.IsAddedOrUpdated);
        Assert.Equal("Login attempt failed", update.Notifications["http-login"].Message);
    }

    [Theory]
    [InlineData("""{"type": "added", "notifications": {"http-login": null}}""")]
    [InlineData("""{"type": "added", "notifications": ["http-login"]}""")]
    [InlineData("""{"type": ["added"]}""")]
    public void ReadEvent_NotificationUpdateThatDoesNotFit_Throws(string payload) =>
        Assert.ThrowsAny<JsonException>(() => new SubscribePersistentNotificationsCommand().ReadEvent(JToken.Parse(payload)));

    [Fact]
    public void ReadResult_RecordsKeepCopiesOfOpenJson_NotTheWholeAnswer()
    {
        var answer = JToken.Parse("""[{"entity_id": "sun.sun", "attributes": {"elevation": 12.5}}]""");

        var state = Assert.Single(new GetStatesCommand().ReadResult(answer));

        Assert.Null(state.Attributes.Parent);
    }

    [Fact]
    public void ReadResult_Config_KeepsTheWholeConfiguration()
    {
        var config = new GetConfigCommand().ReadResult(JToken.Parse("""{"version": "2026.9.2", "unit_system": {"length": "km"}}"""));

        Assert.Equal("km", (string?)config.Json["unit_system"]!["length"]);
    }
}
