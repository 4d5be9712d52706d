using Gatehouse.Checks;
using Gatehouse.Mqtt.Connection;
using Gatehouse.Mqtt.Discovery;
using Gatehouse.Watch;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Mqtt.States;

/// <summary>
/// The messages for the watch's entities: one <c>security_change</c> event per change an alert announces, and the
/// open findings sensor (how many, and the newest change as attributes).
/// </summary>
internal static class WatchStates
{
    public static OutboundMessage Event(WatchChange change, ChangeOrigin origin, DateTimeOffset at) =>
        OutboundMessage.Event(GatehouseTopics.State(GatehouseEntities.SecurityChange), StateFormat.Json(new JObject
        {
            ["event_type"] = origin == ChangeOrigin.Account ? GatehouseEntities.AccountChangeEvent : GatehouseEntities.NewProblemEvent,
            ["id"] = StateFormat.Text(change.Id),
            ["text"] = StateFormat.Text(change.Text),
            ["fix"] = StateFormat.Text(change.Fix),
            ["time"] = StateFormat.Timestamp(at),
        }));

    public static IEnumerable<OutboundMessage> OpenFindings(IReadOnlyList<Finding> open, (WatchChange Change, DateTimeOffset At)? newest)
    {
        yield return OutboundMessage.State(GatehouseTopics.State(GatehouseEntities.OpenFindings), StateFormat.Number(open.Count));
        yield return OutboundMessage.State(GatehouseTopics.Attributes(GatehouseEntities.OpenFindings), StateFormat.Json(new JObject
        {
            ["newest_change"] = newest is { } n ? StateFormat.Text(n.Change.Text) : null,
            ["newest_change_at"] = newest is { } m ? StateFormat.Timestamp(m.At) : null,
            ["findings"] = StateFormat.List(open.Select(f => f.Id), StateFormat.MaxListItems),
        }));
    }
}
