using Gatehouse.HomeAssistant.Client;
using Gatehouse.HomeAssistant.Commands;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Logins.Notices;

/// <summary>Dismisses a notice with <c>persistent_notification.dismiss</c> (the same call on every HA version).</summary>
internal sealed class HomeAssistantNoticeDismisser(IHomeAssistantClient client) : INoticeDismisser
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);

    public async Task<bool> DismissAsync(string notificationId, CancellationToken cancellationToken)
    {
        try
        {
            var call = new CallServiceCommand("persistent_notification", "dismiss")
            {
                ServiceData = new JObject { ["notification_id"] = notificationId },
                // The login pipeline reads on while a dismiss is out: in a storm its answer waits behind the notices.
                AnswerMayWaitBehindEvents = true,
            };
            await client.SendAsync(call, cancellationToken, CallTimeout);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
