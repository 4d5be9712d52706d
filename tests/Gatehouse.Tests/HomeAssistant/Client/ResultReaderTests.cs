using Gatehouse.HomeAssistant.Client;
using Gatehouse.HomeAssistant.Commands;
using Gatehouse.HomeAssistant.Connection;
using Gatehouse.HomeAssistant.Messages;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Tests.HomeAssistant.Client;

/// <summary>
/// How each command's result reads into its records: HA's names, the conversions HA's JSON needs, defaults for what
/// is missing or null, unknown keys ignored, and a command error (never a crash) for what does not fit.
/// </summary>
public sealed class ResultReaderTests
{
    [Fact]
    public void Read_States_EveryFieldByHaName_UnknownKeysIgnored()
    {
        var state = Assert.Single(Read(new GetStatesCommand(), """
            [{"entity_id": "sun.sun", "state": "above_horizon", "attributes": {"elevation": 12.5, "friendly_name": "Sun"},
              "last_changed": "2026-11-28T00:30:20.986417+00:00", "last_updated": "2026-11-28T00:31:00+01:00",
              "context": {"id": "01J", "parent_id": null, "user_id": "u1", "origin_event": 3}, "last_reported": "x"}]
            """));

        Assert.Equal(("sun.sun", "above_horizon", "Sun"), (state.EntityId, state.State, state.Attribute("friendly_name")));
        Assert.Equal(12.5, (double)state.Attributes["elevation"]!);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 0, 30, 20, TimeSpan.Zero).AddTicks(9864170), state.LastChanged);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 0, 31, 0, TimeSpan.FromHours(1)), state.LastUpdated);
        Assert.Equal(("01J", null, "u1"), (state.Context!.Id, state.Context.ParentId, state.Context.UserId));
    }

    [Fact]
    public void Read_StateWithFieldsMissingOrNull_Defaults()
    {
        var states = Read(new GetStatesCommand(), """
            [{}, {"entity_id": null, "state": null, "attributes": null, "last_changed": null, "context": null}, {"last_changed": ""}]
            """);

        Assert.All(states, state =>
        {
            Assert.Equal(("", ""), (state.EntityId, state.State));
            Assert.Empty(state.Attributes);
            Assert.Null(state.LastChanged);
            Assert.Null(state.Context);
        });
    }

    [Fact]
    public void Read_NumbersAndFlagsWhereTextIsExpected_ReadAsTheirText()
    {
        var state = Assert.Single(Read(new GetStatesCommand(), """[{"entity_id": 5, "state": true}]"""));

        Assert.Equal(("5", "True"), (state.EntityId, state.State));
    }

    [Theory]
    [InlineData("""[{"entity_id": "a.b", "state": {"nested": 1}}]""")]
    [InlineData("""[{"entity_id": "a.b", "attributes": [1, 2]}]""")]
    [InlineData("""[{"entity_id": "a.b", "last_changed": "yesterday"}]""")]
    [InlineData("""[{"entity_id": "a.b", "context": "01J"}]""")]
    [InlineData("""[{"entity_id": ["a.b"]}]""")]
    [InlineData("""{"entity_id": "a.b"}""")]
    [InlineData("""["a.b"]""")]
    [InlineData("null")]
    public void Read_StatesThatDoNotFit_CommandErrorNotACrash(string result)
    {
        var error = Assert.Throws<HomeAssistantCommandException>(() => Read(new GetStatesCommand(), result));

        Assert.Equal(("get_states", HassErrorCodes.UnknownError), (error.CommandType, error.Error.Code));
        Assert.StartsWith("Gatehouse could not read the answer", error.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Config_TypedFields()
    {
        var config = Read(new GetConfigCommand(), """
            {"version": "2026.9.2", "location_name": "Home", "latitude": 52, "longitude": "4.9", "time_zone": "Europe/Amsterdam",
             "external_url": null, "internal_url": "http://homeassistant.local:8123", "components": ["http", "mqtt"],
             "state": "RUNNING", "unit_system": {"length": "km"}}
            """);

        Assert.Equal(("2026.9.2", "Home", 52.0, 4.9, "Europe/Amsterdam"), (config.Version, config.LocationName, config.Latitude, config.Longitude, config.TimeZone));
        Assert.Equal((null, "http://homeassistant.local:8123", "RUNNING"), (config.ExternalUrl, config.InternalUrl, config.State));
        Assert.Equal(["http", "mqtt"], config.Components);
    }

    [Theory]
    [InlineData("""{"components": "http"}""")]
    [InlineData("""{"components": [{"name": "http"}]}""")]
    [InlineData("""{"latitude": "north"}""")]
    [InlineData("""[]""")]
    public void Read_ConfigThatDoesNotFit_CommandError(string result) =>
        Assert.Throws<HomeAssistantCommandException>(() => Read(new GetConfigCommand(), result));

    [Fact]
    public void Read_Users_FlagsAndGroups()
    {
        var users = Read(new ListUsersCommand(), """
            [{"id": "u1", "username": "owner", "name": "Owner", "is_owner": true, "is_active": true, "local_only": false,
              "system_generated": false, "group_ids": ["system-admin"], "credentials": [{"type": "homeassistant"}]},
             {"id": "u2", "is_owner": "false", "is_active": 1, "group_ids": null}]
            """);

        Assert.Equal(("u1", "owner", "Owner", true, true, false, false), (users[0].Id, users[0].Username, users[0].Name, users[0].IsOwner, users[0].IsActive, users[0].LocalOnly, users[0].SystemGenerated));
        Assert.Equal(["system-admin"], users[0].GroupIds);
        Assert.Equal(("u2", null, false, true), (users[1].Id, users[1].Username, users[1].IsOwner, users[1].IsActive));
        Assert.Empty(users[1].GroupIds);
    }

    [Fact]
    public void Read_UserWithAFlagThatIsNotOne_CommandError() =>
        Assert.Throws<HomeAssistantCommandException>(() => Read(new ListUsersCommand(), """[{"id": "u1", "is_owner": "maybe"}]"""));

    [Fact]
    public void Read_SystemLog_MessagesCountsAndEpochTimes()
    {
        var entry = Assert.Single(Read(new ListSystemLogCommand(), """
            [{"name": "homeassistant.components.http.ban", "message": ["Login attempt or request with invalid authentication from 203.0.113.5"],
              "level": "WARNING", "source": ["components/http/ban.py", 136], "timestamp": 1764289820.98, "exception": "",
              "count": 3, "first_occurred": 1764289000}]
            """));

        Assert.Equal(("homeassistant.components.http.ban", "WARNING", 3), (entry.Name, entry.Level, entry.Count));
        Assert.Equal(["Login attempt or request with invalid authentication from 203.0.113.5"], entry.Messages);
        Assert.Equal(("components/http/ban.py", 136), ((string?)entry.Source![0], (int)entry.Source[1]));
        Assert.Equal((1764289820.98, 1764289000.0, ""), (entry.Timestamp, entry.FirstOccurred, entry.Exception));
    }

    [Fact]
    public void Read_SystemLogCountNotANumber_CommandError() =>
        Assert.Throws<HomeAssistantCommandException>(() => Read(new ListSystemLogCommand(), """[{"name": "x", "count": "many"}]"""));

    [Fact]
    public void Read_PersistentNotifications_List()
    {
        var notice = Assert.Single(Read(new GetPersistentNotificationsCommand(), """
            [{"notification_id": "http-login", "title": "Login attempt failed", "message": "Login attempt or request with invalid authentication from 203.0.113.5",
              "created_at": "2026-11-28T00:30:20.986417+00:00", "status": "unread"}]
            """));

        Assert.Equal(("http-login", "Login attempt failed", "unread"), (notice.NotificationId, notice.Title, notice.Status));
        Assert.StartsWith("Login attempt", notice.Message, StringComparison.Ordinal);
        Assert.Equal(2026, notice.CreatedAt!.Value.Year);
    }

    [Fact]
    public void Read_CallService_ContextAndResponse()
    {
        var result = Read(new CallServiceCommand("notify", "phone"), """{"context": {"id": "c1"}, "response": {"ok": [1]}}""");

        Assert.Equal("c1", result.Context!.Id);
        Assert.Equal(1, (int)result.Response!["ok"]![0]!);
    }

    [Fact]
    public void Read_Services_TheObjectAsSent()
    {
        var services = Read(new GetServicesCommand(), """{"notify": {"phone": {"fields": {}}}}""");

        Assert.NotNull(services["notify"]!["phone"]);
    }

    [Fact]
    public void Read_CommandWithoutResult_NoResultWhateverHaSaid()
    {
        Assert.Same(NoResult.Value, Read(new PingCommand(), "null"));
        Assert.Same(NoResult.Value, Read(new SupportedFeaturesCommand(), """{"unexpected": true}"""));
    }

    private static T Read<T>(HassCommand<T> command, string result) =>
        ResultReader.Read(command, JToken.Parse(result));
}
