namespace Gatehouse.HomeAssistant.Supervisor;

/// <summary>The Supervisor's REST API and the add-on's token for it.</summary>
/// <remarks>ToString never shows the token.</remarks>
public sealed record SupervisorEndpoint(Uri BaseUrl, string Token)
{
    public override string ToString() => $"{BaseUrl} (token hidden)";
}
