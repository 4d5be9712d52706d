using Gatehouse.HomeAssistant.Json;
using Gatehouse.HomeAssistant.Messages;

namespace Gatehouse.HomeAssistant.Commands;

/// <summary><c>persistent_notification/get</c>: every current notice, as a list.</summary>
internal sealed record GetPersistentNotificationsCommand()
    : HassCommand<IReadOnlyList<PersistentNotification>>("persistent_notification/get", static result => JsonRead.RequiredList(result, PersistentNotification.Read));
