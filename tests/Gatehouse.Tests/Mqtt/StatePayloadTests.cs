using Gatehouse.Checks;
using Gatehouse.Logins;
using Gatehouse.Mqtt.Discovery;
using Gatehouse.Mqtt.States;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Tests.Mqtt;

public sealed class StatePayloadTests
{
    private static readonly DateTimeOffset Time = new(2026, 11, 28, 2, 3, 4, TimeSpan.FromHours(1));
    private static readonly IReadOnlyDictionary<string, string> Checks = new Dictionary<string, string> { ["mfa"] = "check_mfa" };

    [Theory]
    [InlineData((int)CheckStatus.Fail, "ON")]
    [InlineData((int)CheckStatus.Warn, "ON")]
    [InlineData((int)CheckStatus.Pass, "OFF")]
    [InlineData((int)CheckStatus.Unavailable, "None")]
    [InlineData((int)CheckStatus.Skipped, "None")]
    public void ProblemState_UnreadableDataIsNeverNoProblem(int status, string state) =>
        Assert.Equal(state, CheckStates.ProblemState((CheckStatus)status));

    [Fact]
    public void Report_HugeDetails_StayFarBelowHasAttributeLimit()
    {
        var details = Enumerable.Range(0, 5_000).Select(i => new string('x', 2_000) + i).ToList();
        var report = new CheckReport(10, Time, [new CheckResult("mfa", "MFA", CheckStatus.Fail, new string('s', 5_000), details, new string('r', 5_000))]);

        var attributes = CheckStates.Report(report, Checks).Single(m => m.Topic == GatehouseTopics.Attributes("check_mfa"));

        Assert.True(attributes.Payload.Length < 8_000, $"{attributes.Payload.Length} bytes");
        var parsed = JObject.Parse(attributes.Payload);
        Assert.Equal(StateFormat.MaxListItems + 1, ((JArray)parsed["details"]!).Count);
        Assert.Equal("… and 4980 more", (string?)parsed["details"]!.Last);
    }

    [Fact]
    public void Report_ResultOfAnUnregisteredCheck_IsNotPublished()
    {
        var report = new CheckReport(90, Time, [new CheckResult("gone", "Gone", CheckStatus.Fail, "s", [], "")]);

        Assert.DoesNotContain(CheckStates.Report(report, Checks), m => m.Topic.Contains("gone", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_TimestampsAreUtcIso8601()
    {
        var report = new CheckReport(90, Time, []);

        var lastRun = CheckStates.Report(report, Checks).Single(m => m.Topic == GatehouseTopics.State(GatehouseEntities.LastCheckRun));

        Assert.Equal("2026-11-28T01:03:04+00:00", lastRun.Payload);
        Assert.True(lastRun.Retain);
    }

    [Fact]
    public void Figures_NoAttemptYet_LastFailedLoginIsUnknown()
    {
        var messages = LoginStates.Figures(LoginFigures.Empty).ToDictionary(m => m.Topic, m => m.Payload);

        Assert.Equal("None", messages[GatehouseTopics.State(GatehouseEntities.LastFailedLogin)]);
        Assert.Equal("{}", messages[GatehouseTopics.Attributes(GatehouseEntities.LastFailedLogin)]);
        Assert.Equal("0", messages[GatehouseTopics.State(GatehouseEntities.FailedLogins24Hours)]);
    }

    [Fact]
    public void Event_Ban_CarriesTypeAndDetailsButNeverTheRawNotice()
    {
        var attempt = new LoginAttempt(LoginEventType.IpBanned, Time, "2001:db8::1", null, LoginAttemptKind.TokenRefresh, "/auth/token", "HomeAssistant/2026", "<b>markup</b>");

        var message = LoginStates.Event(attempt);
        var payload = JsonConvert.DeserializeObject<JObject>(message.Payload, new JsonSerializerSettings { DateParseHandling = DateParseHandling.None })!;

        Assert.False(message.Retain);
        Assert.Equal("ip_banned", (string?)payload["event_type"]);
        Assert.Equal("2001:db8::1", (string?)payload["ip"]);
        Assert.Equal("token_refresh", (string?)payload["kind"]);
        Assert.Equal("2026-11-28T01:03:04+00:00", (string?)payload["time"]);
        Assert.DoesNotContain("markup", message.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_ManyBannedIps_AreCutInTheAttributes()
    {
        var ips = Enumerable.Range(0, 1_000).Select(i => $"10.0.{i / 256}.{i % 256}").ToList();

        var messages = LoginStates.Figures(new LoginFigures(0, 0, null, ips)).ToDictionary(m => m.Topic, m => m.Payload);

        Assert.Equal("1000", messages[GatehouseTopics.State(GatehouseEntities.BannedIps)]);
        Assert.True(messages[GatehouseTopics.Attributes(GatehouseEntities.BannedIps)].Length < 2_000);
    }
}
