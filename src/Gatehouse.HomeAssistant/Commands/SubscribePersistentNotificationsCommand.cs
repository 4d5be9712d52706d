using Gatehouse.HomeAssistant.Compatibility;
using Gatehouse.HomeAssistant.Messages;

namespace Gatehouse.HomeAssistant.Commands;

/// <summary>
/// <c>persistent_notification/subscribe</c>: first a <c>current</c> event with every notice, then
/// <c>added</c>/<c>updated</c>/<c>removed</c>. Older HA keeps notices as entities: follow <c>state_changed</c>
/// instead (<see cref="SubscribeEventsCommand"/>).
/// </summary>
internal sealed record SubscribePersistentNotificationsCommand()
    : HassSubscriptionCommand<PersistentNotificationUpdate>("persistent_notification/subscribe", PersistentNotificationUpdate.Read)
{
    /// <summary>
    /// 2023.6: notices left the state machine and the subscription replaced their entities
    /// (core PR #92828, <c>components/persistent_notification/__init__.py</c>; 2022.12 answers
    /// <c>unknown_command</c>, reference/samples/ha-2022.12-websocket-transcript.jsonl).
    /// </summary>
    public static readonly HaRelease FirstRelease = new(2023, 6);

    public override HaRelease? Since => FirstRelease;
}
