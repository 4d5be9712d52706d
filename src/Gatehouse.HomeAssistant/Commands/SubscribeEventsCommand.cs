using Gatehouse.HomeAssistant.Messages;
using Newtonsoft.Json;

namespace Gatehouse.HomeAssistant.Commands;

/// <summary><c>subscribe_events</c> for one event type (all events when null; non-admins get only the allow-list).</summary>
internal sealed record SubscribeEventsCommand(
    [property: JsonProperty("event_type", NullValueHandling = NullValueHandling.Ignore)] string? EventType)
    : HassSubscriptionCommand<HassEvent>("subscribe_events");
