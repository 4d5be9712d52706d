using Gatehouse.HomeAssistant.Messages;

namespace Gatehouse.HomeAssistant.Commands;

/// <summary>
/// <c>persistent_notification/subscribe</c> (HA ≥ 2023.6): first a <c>current</c> event with every notice, then
/// <c>added</c>/<c>updated</c>/<c>removed</c>. Older HA answers <c>unknown_command</c>: fall back to
/// <see cref="SubscribeEventsCommand"/> for <c>state_changed</c>.
/// </summary>
internal sealed record SubscribePersistentNotificationsCommand()
    : HassSubscriptionCommand<PersistentNotificationUpdate>("persistent_notification/subscribe");
