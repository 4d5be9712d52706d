using Gatehouse.Checks;
using Gatehouse.Checks.Catalog;
using Gatehouse.Tests.HaConfig;
using static Gatehouse.Tests.Checks.Catalog.AuthFixture;

namespace Gatehouse.Tests.Checks.Catalog;

public sealed class AdminsCheckTests : IDisposable
{
    private readonly TempConfigFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task RunAsync_OwnerAndUsers_PassesNamingTheOwner()
    {
        _folder.WithPeople(new Person("a", "Alice", Owner: true), new Person("b", "Bob"), new Person("c", "Carol"));

        var result = await Run();

        Assert.Equal(CheckStatus.Pass, result.Status);
        Assert.Equal(["Alice (owner)", "2 other people without admin rights"], result.Details);
    }

    [Fact]
    public async Task RunAsync_ThreeOfFourAdmins_Warns()
    {
        _folder.WithPeople(new Person("a", "Alice", Owner: true), new Person("b", "Bob", Admin: true), new Person("c", "Carol", Admin: true), new Person("d", "Dan"));

        var result = await Run();

        Assert.Equal(CheckStatus.Warn, result.Status);
        Assert.Equal(["Alice (owner)", "Bob (administrator)", "Carol (administrator)", "1 other person without admin rights"], result.Details);
    }

    [Fact]
    public async Task RunAsync_AdminsBesidesTheOwner_AreFindingsKeyedOnTheUserId()
    {
        _folder.WithPeople(new Person("a", "Alice", Owner: true), new Person("b", "Bob", Admin: true), new Person("c", "Carol"));

        var result = await Run();

        Assert.Equal(CheckStatus.Pass, result.Status);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("admins:user:b", CheckStatus.Warn, "Bob is an administrator"), (finding.Id, finding.Status, finding.Text));
        Assert.Contains("Settings > People", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_EveryoneAdmin_Fails()
    {
        _folder.WithPeople(new Person("a", "Alice", Owner: true), new Person("b", "Bob", Admin: true), new Person("c", "Carol", Admin: true));

        var result = await Run();

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Contains("Settings > People", result.Remediation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MalformedAuth_IsUnavailable()
    {
        _folder.Write(".storage/auth", "{\"data\":");

        Assert.Equal(CheckStatus.Unavailable, (await Run()).Status);
    }

    private Task<CheckResult> Run() => new AdminsCheck(_folder.Snapshot()).RunAsync(CancellationToken.None);
}
