namespace Gatehouse.Logins.Alerting;

/// <summary>A configured <c>notify.*</c> entry as HA knows it: a legacy notify service, a notify entity, or unknown.</summary>
internal sealed record NotifyTarget(string Configured, NotifyTargetKind Kind)
{
    /// <summary>The part after <c>notify.</c>: the service name or the entity's object id.</summary>
    public string Name => Configured["notify.".Length..];
}
