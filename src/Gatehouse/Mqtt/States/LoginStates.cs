using Gatehouse.Logins;
using Gatehouse.Mqtt.Connection;
using Gatehouse.Mqtt.Discovery;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Mqtt.States;

/// <summary>The messages for the login entities: the event for one attempt, and the sensors' states from the figures.</summary>
internal static class LoginStates
{
    public static OutboundMessage Event(LoginAttempt attempt)
    {
        var payload = Describe(attempt);
        payload.AddFirst(new JProperty("event_type", attempt.Type == LoginEventType.IpBanned
            ? GatehouseEntities.IpBannedEvent
            : GatehouseEntities.FailedLoginEvent));
        var topic = GatehouseTopics.State(GatehouseEntities.LoginAttempt);
        return attempt.Type == LoginEventType.IpBanned
            ? OutboundMessage.Event(topic, StateFormat.Json(payload))
            : OutboundMessage.FoldableEvent(topic, StateFormat.Json(payload));
    }

    /// <summary>One failed_login event that stands for <paramref name="count"/> the MQTT queue had no room for.</summary>
    public static OutboundMessage Folded(int count) =>
        OutboundMessage.Event(GatehouseTopics.State(GatehouseEntities.LoginAttempt), StateFormat.Json(new JObject
        {
            ["event_type"] = GatehouseEntities.FailedLoginEvent,
            ["count"] = count,
        }));

    public static IEnumerable<OutboundMessage> Figures(LoginFigures figures)
    {
        yield return OutboundMessage.State(GatehouseTopics.State(GatehouseEntities.FailedLogins24Hours), StateFormat.Number(figures.Last24Hours));
        yield return OutboundMessage.State(GatehouseTopics.State(GatehouseEntities.FailedLoginsTotal), StateFormat.Number(figures.Total));

        var last = figures.LastAttempt;
        yield return OutboundMessage.State(GatehouseTopics.State(GatehouseEntities.LastFailedLogin),
            last is null ? StateFormat.Unknown : StateFormat.Timestamp(last.Time));
        yield return OutboundMessage.State(GatehouseTopics.Attributes(GatehouseEntities.LastFailedLogin),
            StateFormat.Json(last is null ? [] : Describe(last)));

        yield return OutboundMessage.State(GatehouseTopics.State(GatehouseEntities.BannedIps), StateFormat.Number(figures.BannedIps.Count));
        yield return OutboundMessage.State(GatehouseTopics.Attributes(GatehouseEntities.BannedIps), StateFormat.Json(new JObject
        {
            ["ips"] = StateFormat.List(figures.BannedIps, StateFormat.MaxBannedIps),
        }));
    }

    /// <summary>What the owner needs to judge an attempt. Never the raw notice text: it is HA's markup, not ours.</summary>
    private static JObject Describe(LoginAttempt attempt) => new()
    {
        ["ip"] = attempt.Ip,
        ["host"] = attempt.Host,
        ["kind"] = StateFormat.EnumName(attempt.Kind),
        ["time"] = StateFormat.Timestamp(attempt.Time),
    };
}
