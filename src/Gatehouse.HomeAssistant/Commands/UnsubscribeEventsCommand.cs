using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Commands;

/// <summary><c>unsubscribe_events</c>: ends any subscription of this connection, by the id of its subscribe command.</summary>
internal sealed record UnsubscribeEventsCommand(int Subscription) : HassCommand<NoResult>("unsubscribe_events", NoResult.Read)
{
    protected override void WriteFields(JObject json) => json["subscription"] = Subscription;
}
