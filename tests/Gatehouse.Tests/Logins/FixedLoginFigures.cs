using Gatehouse.Logins;

namespace Gatehouse.Tests.Logins;

/// <summary>The attempt log's figures as a test sets them.</summary>
internal sealed class FixedLoginFigures : ILoginFiguresSource
{
    public LoginFigures Current { get; set; } = LoginFigures.Empty;
}
