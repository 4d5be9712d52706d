using Gatehouse.Checks;
using Gatehouse.Watch;
using static Gatehouse.Tests.Watch.WatchReports;

namespace Gatehouse.Tests.Watch;

public sealed class ChangeDetectorTests
{
    private static readonly Finding Bob = Problem("admins:user:b", "Bob is an administrator");
    private static readonly Finding Carol = Problem("admins:user:c", "Carol is an administrator");
    private readonly AcceptedList _accepted = new();

    [Fact]
    public void Worse_SameFindings_NothingChanged()
    {
        var run = Run(0, Result("admins", CheckStatus.Pass, Bob));

        Assert.Empty(Worse(run, Run(1, Result("admins", CheckStatus.Pass, Bob))));
    }

    [Fact]
    public void Worse_NewFinding_NamedWithItsFix()
    {
        var changes = Worse(Run(0, Result("admins", CheckStatus.Pass, Bob)), Run(1, Result("admins", CheckStatus.Warn, Bob, Carol)));

        Assert.Equal([new WatchChange("admins:user:c", "Carol is an administrator", "Fix for Carol is an administrator")], changes);
    }

    [Fact]
    public void Worse_FindingFromWarnToFail_IsAChange()
    {
        var changes = Worse(Run(0, Result("mfa", CheckStatus.Warn, Bob)), Run(1, Result("mfa", CheckStatus.Fail, Bob with { Status = CheckStatus.Fail })));

        Assert.Equal(["admins:user:b"], changes.Select(c => c.Id));
    }

    [Fact]
    public void Worse_FindingGoneOrBetter_IsNoChange()
    {
        var before = Run(0, Result("mfa", CheckStatus.Fail, Bob with { Status = CheckStatus.Fail }, Carol));

        Assert.Empty(Worse(before, Run(1, Result("mfa", CheckStatus.Warn, Bob))));
    }

    [Fact]
    public void Worse_AcceptedFinding_NeverAlerts()
    {
        _accepted.Add(Carol);

        Assert.Empty(Worse(Run(0, Result("admins", CheckStatus.Pass, Bob)), Run(1, Result("admins", CheckStatus.Warn, Bob, Carol))));
    }

    [Fact]
    public void Worse_AcceptedFindingThatChanged_AlertsAgain()
    {
        _accepted.Add(Carol);
        var changed = Carol with { Status = CheckStatus.Fail };

        Assert.Single(Worse(Run(0, Result("admins", CheckStatus.Pass, Bob)), Run(1, Result("admins", CheckStatus.Fail, Bob, changed))));
    }

    [Fact]
    public void Worse_CheckVerdictWorseWithTheSameFindings_OneLineForTheCheck()
    {
        var changes = Worse(Run(0, Result("admins", CheckStatus.Warn, Bob)), Run(1, Result("admins", CheckStatus.Fail, Bob)));

        Assert.Equal([new WatchChange("admins:check:result", "admins is Fail", "Fix admins")], changes);
    }

    [Fact]
    public void Worse_ConfigFolderCheckBecomesUnreadable_LooksLikeTampering()
    {
        var changes = Worse(Run(0, Result("admins", CheckStatus.Pass)), Run(1, Result("admins", CheckStatus.Unavailable)), readsConfigFolder: true);

        var change = Assert.Single(changes);
        Assert.Equal("admins:check:unavailable", change.Id);
        Assert.StartsWith("Title of admins can no longer be checked.", change.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Worse_LiveCheckUnavailable_IsEveryday() =>
        Assert.Empty(Worse(Run(0, Result("updates", CheckStatus.Warn, Bob)), Run(1, Result("updates", CheckStatus.Unavailable)), readsConfigFolder: false));

    [Fact]
    public void Worse_CheckBackAfterAnOutage_AlertsOnlyWhatIsReallyNew()
    {
        var first = Run(0, Result("updates", CheckStatus.Warn, Bob));
        var outage = Run(1, Result("updates", CheckStatus.Unavailable));
        var back = Run(2, Result("updates", CheckStatus.Warn, Bob));

        var baseAfterOutage = ChangeDetector.NextBase(first, outage);

        Assert.Empty(Worse(first, outage, readsConfigFolder: false));
        Assert.Empty(Worse(baseAfterOutage, back, readsConfigFolder: false));
        Assert.Equal(["admins:user:c"], Worse(baseAfterOutage, Run(3, Result("updates", CheckStatus.Warn, Bob, Carol)), readsConfigFolder: false).Select(c => c.Id));
    }

    [Fact]
    public void Worse_StillUnavailable_AlertsOnce()
    {
        var before = ChangeDetector.NextBase(Run(0, Result("admins", CheckStatus.Pass)), Run(1, Result("admins", CheckStatus.Unavailable)));

        Assert.Empty(Worse(before, Run(2, Result("admins", CheckStatus.Unavailable)), readsConfigFolder: true));
    }

    [Fact]
    public void Worse_CheckTheLastRunDidNotHave_IsItsOwnBaseline() =>
        Assert.Empty(Worse(Run(0, Result("admins", CheckStatus.Pass)), Run(1, Result("admins", CheckStatus.Pass), Result("access_tokens", CheckStatus.Fail, Bob))));

    private IReadOnlyList<WatchChange> Worse(CheckReport before, CheckReport after, bool readsConfigFolder = true) =>
        ChangeDetector.Worse(before, after, _accepted, _ => readsConfigFolder);
}
