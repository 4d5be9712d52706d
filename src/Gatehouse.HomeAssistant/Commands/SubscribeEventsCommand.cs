using Gatehouse.HomeAssistant.Messages;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Commands;

/// <summary><c>subscribe_events</c> for one event type (all events when null; non-admins get only the allow-list).</summary>
internal sealed record SubscribeEventsCommand(string? EventType)
    : HassSubscriptionCommand<HassEvent>("subscribe_events", HassEvent.Read)
{
    protected override void WriteFields(JObject json)
    {
        if (EventType is not null)
        {
            json["event_type"] = EventType;
        }
    }
}
