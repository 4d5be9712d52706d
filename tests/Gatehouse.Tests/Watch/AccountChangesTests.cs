using Gatehouse.Watch.Accounts;

namespace Gatehouse.Tests.Watch;

public sealed class AccountChangesTests
{
    private static readonly Account Alice = new("a", "Alice", IsOwner: true, IsAdmin: true, IsActive: true, IsSystem: false);
    private static readonly Account Bob = new("b", "Bob", IsOwner: false, IsAdmin: false, IsActive: true, IsSystem: false);

    [Fact]
    public void Worse_NewUser_NamedWithTheirRole()
    {
        var change = Assert.Single(AccountChanges.Worse([Alice], [Alice, Bob]));

        Assert.Equal(("accounts:user_added:b", "New user Bob (user)"), (change.Id, change.Text));
        Assert.Contains("Settings > People", change.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Worse_UserMadeAdministrator_CarriesTheAdminsFindingId()
    {
        var change = Assert.Single(AccountChanges.Worse([Alice, Bob], [Alice, Bob with { IsAdmin = true }]));

        Assert.Equal(("admins:user:b", "Bob is now an administrator"), (change.Id, change.Text));
    }

    [Fact]
    public void Worse_NewOwner_NamesTheOldOne()
    {
        var changes = AccountChanges.Worse([Alice, Bob], [Alice with { IsOwner = false }, Bob with { IsOwner = true, IsAdmin = true }]);

        Assert.Equal(["Bob is now the owner (was Alice)"], changes.Select(c => c.Text));
    }

    [Fact]
    public void Worse_RemovedRenamedOrDeactivated_IsNothing() =>
        Assert.Empty(AccountChanges.Worse([Alice, Bob], [Alice with { Name = "Alicia" }]).Concat(AccountChanges.Worse([Alice, Bob], [Alice, Bob with { IsActive = false }])));

    [Fact]
    public void Worse_HostileName_PrintedPlainAndShort()
    {
        var evil = Bob with { Name = "Eve\u001b[2J\nFAKE LINE" + new string('x', 500) };

        var change = Assert.Single(AccountChanges.Worse([Alice], [Alice, evil]));

        Assert.DoesNotContain(change.Text, char.IsControl);
        Assert.True(change.Text.Length < 100, change.Text);
    }
}
