namespace Gatehouse.Logins.Alerting;

/// <summary>Sends an alert to every configured notify target.</summary>
internal interface INotifyChannel
{
    /// <summary>False when no <c>notify_services</c> are configured: then the HA notice is the only alert.</summary>
    bool HasTargets { get; }

    /// <summary>True when at least one target took the alert; never throws for a failed delivery.</summary>
    Task<bool> SendAsync(AlertMessage message, CancellationToken cancellationToken);
}
