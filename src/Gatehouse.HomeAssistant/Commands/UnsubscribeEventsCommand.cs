using Newtonsoft.Json;

namespace Gatehouse.HomeAssistant.Commands;

/// <summary><c>unsubscribe_events</c>: ends any subscription of this connection, by the id of its subscribe command.</summary>
internal sealed record UnsubscribeEventsCommand([property: JsonProperty("subscription")] int Subscription)
    : HassCommand<NoResult>("unsubscribe_events");
