namespace Gatehouse.Logins.Alerting;

/// <summary>Sends an alert to every configured notify target.</summary>
internal interface INotifyChannel
{
    /// <summary>False when no <c>notify_services</c> are configured: then the HA notice is the only alert.</summary>
    bool HasTargets { get; }

    /// <summary>
    /// True when at least one target took the alert; never throws for a failed delivery. <paramref name="callerReadsOn"/>:
    /// the caller goes on reading HA's events while the alert is out (the login pipeline), so HA's answers may wait
    /// behind a storm of them (<see cref="HomeAssistant.Commands.HassCommand.AnswerMayWaitBehindEvents"/>); false for a
    /// caller that reads no further until the alert is out.
    /// </summary>
    Task<bool> SendAsync(AlertMessage message, bool callerReadsOn, CancellationToken cancellationToken);
}
