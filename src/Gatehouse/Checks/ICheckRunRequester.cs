namespace Gatehouse.Checks;

/// <summary>Asks for a check run now (the "Run security checks" button); never starts a second concurrent run.</summary>
internal interface ICheckRunRequester
{
    Task RequestRunAsync(CancellationToken cancellationToken);
}
