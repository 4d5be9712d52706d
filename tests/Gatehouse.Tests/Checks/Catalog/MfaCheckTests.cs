using Gatehouse.Checks;
using Gatehouse.Checks.Catalog;
using Gatehouse.Tests.HaConfig;
using static Gatehouse.Tests.Checks.Catalog.AuthFixture;

namespace Gatehouse.Tests.Checks.Catalog;

public sealed class MfaCheckTests : IDisposable
{
    private readonly TempConfigFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task RunAsync_EveryPersonEnrolled_Passes()
    {
        _folder.WithPeople(new Person("a", "Alice", Owner: true), new Person("b", "Bob"), new Person("c", "Carol", Active: false))
            .WithTotp("a").WithNotifyMfa("b");

        var result = await Run();

        Assert.Equal(CheckStatus.Pass, result.Status);
        Assert.Contains("All 2 people", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_OnlyAUserWithoutMfa_WarnsNamingThem()
    {
        _folder.WithPeople(new Person("a", "Alice", Owner: true), new Person("b", "Bob")).WithTotp("a");

        var result = await Run();

        Assert.Equal(CheckStatus.Warn, result.Status);
        Assert.Equal(["Bob (user): password only"], result.Details);
        Assert.Contains("Authenticator app", result.Remediation, StringComparison.Ordinal);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("mfa:user:b", CheckStatus.Warn), (finding.Id, finding.Status));
    }

    [Fact]
    public async Task RunAsync_AnAdministratorWithoutMfa_FailsAndNeverShowsTheSecrets()
    {
        _folder.WithPeople(new Person("a", "Alice", Owner: true), new Person("b", "Bob", Admin: true)).WithTotp("a");

        var result = await Run();

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Equal(["Bob (administrator): password only"], result.Details);
        Assert.DoesNotContain("JBSWY3DPEHPK3PXP", string.Join(" ", [result.Summary, .. result.Details, result.Remediation]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoModuleFiles_NobodyIsEnrolled()
    {
        _folder.WithPeople(new Person("a", "Alice", Owner: true));

        Assert.Equal(CheckStatus.Fail, (await Run()).Status);
    }

    [Fact]
    public async Task RunAsync_MalformedTotpFile_IsUnavailableNamingIt()
    {
        _folder.WithPeople(new Person("a", "Alice", Owner: true)).Write(".storage/auth_module.totp", "{\"data\":{\"users\":{\"a\":");

        var result = await Run();

        Assert.Equal(CheckStatus.Unavailable, result.Status);
        Assert.Contains(".storage/auth_module.totp is not valid JSON", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoAuthFile_IsUnavailable()
    {
        var result = await Run();

        Assert.Equal(CheckStatus.Unavailable, result.Status);
        Assert.Contains(".storage/auth is not in the config folder", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_OnlySystemUsers_IsUnavailable() =>
        Assert.Equal(CheckStatus.Unavailable, (await Run(_folder.WithPeople())).Status);

    private Task<CheckResult> Run(TempConfigFolder? folder = null) =>
        new MfaCheck((folder ?? _folder).Snapshot()).RunAsync(CancellationToken.None);
}
