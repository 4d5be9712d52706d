using Gatehouse.Checks;
using Gatehouse.Checks.Catalog;
using Gatehouse.Logins;

namespace Gatehouse.Tests.Checks.Catalog;

public sealed class LoginActivityCheckTests
{
    private static readonly LoginAttempt Last = new(LoginEventType.FailedLogin, new DateTimeOffset(2026, 11, 28, 2, 14, 0, TimeSpan.Zero), "203.0.113.9", "scanner.example", LoginAttemptKind.Password, "/auth/login_flow", null, "Login attempt or request with invalid authentication from scanner.example (203.0.113.9).");

    [Theory]
    [InlineData(0, "Pass")]
    [InlineData(3, "Pass")]
    [InlineData(4, "Warn")]
    [InlineData(21, "Fail")]
    public async Task RunAsync_Last24Hours_JudgedAgainstTheThresholds(int count, string expected)
    {
        var result = await Run(new Figures(new LoginFigures(count, 40, Last, ["203.0.113.9"])));

        Assert.Equal(Enum.Parse<CheckStatus>(expected), result.Status);
        Assert.Contains("Last: 2026-11-28 02:14 UTC from 203.0.113.9 (scanner.example)", result.Details);
        Assert.Contains("Banned addresses: 203.0.113.9", result.Details);
    }

    [Fact]
    public async Task RunAsync_NoAttemptLogKept_IsUnavailableNeverAPassOnZeroFigures()
    {
        var result = await Run(NoAttemptLog.Instance);

        Assert.Equal(CheckStatus.Unavailable, result.Status);
        Assert.Contains("keeps no record of failed logins", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_FiguresCannotBeRead_IsUnavailableWithTheReason()
    {
        var result = await Run(new Figures(null));

        Assert.Equal(CheckStatus.Unavailable, result.Status);
        Assert.Contains("record damaged", result.Summary, StringComparison.Ordinal);
    }

    private static Task<CheckResult> Run(ILoginFiguresSource source) => new LoginActivityCheck(source).RunAsync(CancellationToken.None);

    private sealed class Figures(LoginFigures? figures) : ILoginFiguresSource
    {
        public LoginFigures Current => figures ?? throw new IOException("record damaged");
    }
}
