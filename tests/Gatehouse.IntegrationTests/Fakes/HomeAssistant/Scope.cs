namespace Gatehouse.IntegrationTests.Fakes.HomeAssistant;

/// <summary>Runs an action when disposed: ends a hold the fake started.</summary>
internal sealed class Scope(Action end) : IDisposable
{
    public void Dispose() => end();
}
