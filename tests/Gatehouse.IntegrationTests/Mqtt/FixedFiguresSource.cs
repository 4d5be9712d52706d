using Gatehouse.Logins;

namespace Gatehouse.IntegrationTests.Mqtt;

/// <summary>The login pipeline's current figures, as a test sets them.</summary>
internal sealed class FixedFiguresSource : ILoginFiguresSource
{
    public LoginFigures Current { get; set; } = LoginFigures.Empty;
}
