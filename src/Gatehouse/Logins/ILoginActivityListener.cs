namespace Gatehouse.Logins;

/// <summary>
/// Told of the attempts recorded together (in order), with the figures after the last of them (the MQTT entities
/// listen). Once per batch, not per attempt: in a storm of thousands the figures are worked out and published once.
/// </summary>
internal interface ILoginActivityListener
{
    Task OnAttemptsAsync(IReadOnlyList<LoginAttempt> attempts, LoginFigures figures, CancellationToken cancellationToken);
}
