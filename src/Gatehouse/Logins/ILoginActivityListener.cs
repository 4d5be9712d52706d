namespace Gatehouse.Logins;

/// <summary>Told of each recorded attempt, with the figures after it (the MQTT entities listen).</summary>
internal interface ILoginActivityListener
{
    Task OnAttemptAsync(LoginAttempt attempt, LoginFigures figures, CancellationToken cancellationToken);
}
