using Gatehouse.Acceptance;
using Gatehouse.Checks;
using Gatehouse.Options;
using Gatehouse.Tests.HaConfig;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Gatehouse.Tests.Acceptance;

/// <summary>An accepted risk holds for the finding as it read, until it expires, across restarts; the file is hostile input too.</summary>
public sealed class AcceptedRisksTests : IDisposable
{
    private const string FindingId = "ip_ban:check:result";
    private const string Text = "IP banning is off.";
    private static readonly TimeSpan Month = TimeSpan.FromDays(30);

    private readonly TempConfigFolder _data = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    private readonly FakeLogger<AcceptedRisks> _logger = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Find_AfterAccept_GivesTheAcceptanceWithReasonAndUser()
    {
        Store().Accept(FindingId, CheckStatus.Fail, Text, "Only reachable on the LAN", Month, "Alice");

        var found = Store().Find(FindingId, CheckStatus.Fail, Text);

        Assert.NotNull(found);
        Assert.Equal(("Only reachable on the LAN", "Alice", _time.GetUtcNow() + Month), (found.Reason, found.AcceptedBy, found.Until));
    }

    [Fact]
    public void Find_FindingChanged_IsNoLongerAccepted()
    {
        var store = Store();
        store.Accept(FindingId, CheckStatus.Warn, Text, "", Month, "");

        Assert.Null(store.Find(FindingId, CheckStatus.Fail, Text));
        Assert.Null(store.Find(FindingId, CheckStatus.Warn, Text + " And more."));
        Assert.NotNull(store.Find(FindingId, CheckStatus.Warn, Text));
    }

    [Fact]
    public void Find_Expired_IsNoLongerAccepted()
    {
        var store = Store();
        store.Accept(FindingId, CheckStatus.Fail, Text, "", Month, "");

        _time.Advance(Month);

        Assert.Null(store.Find(FindingId, CheckStatus.Fail, Text));
        Assert.Single(store.All());
    }

    [Fact]
    public void Withdraw_Accepted_CountsAgainAfterRestart()
    {
        Store().Accept(FindingId, CheckStatus.Fail, Text, "", Month, "");

        Assert.True(Store().Withdraw(FindingId, "Bob"));

        Assert.Null(Store().Find(FindingId, CheckStatus.Fail, Text));
        Assert.False(Store().Withdraw(FindingId, "Bob"));
    }

    [Fact]
    public void Accept_HostileText_IsCutAndMadePrintable()
    {
        var risk = Store().Accept(new string('x', 5000), CheckStatus.Fail, Text, "ok\u001b[31m" + new string('y', 5000), Month, "Eve\n");

        Assert.Equal(AcceptanceLimits.MaxFindingIdLength, risk.FindingId.Length);
        Assert.Equal(AcceptanceLimits.MaxReasonLength, risk.Reason.Length);
        Assert.DoesNotContain('\u001b', risk.Reason);
        Assert.Equal("Eve", risk.AcceptedBy);
    }

    [Fact]
    public void Accept_PastTheLimit_DropsTheOldestNotTheNew()
    {
        var store = Store();
        for (var i = 0; i <= AcceptanceLimits.MaxAcceptances; i++)
        {
            store.Accept($"check:item:{i}", CheckStatus.Warn, Text, "", Month, "");
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        var kept = Store().All();
        Assert.Equal(AcceptanceLimits.MaxAcceptances, kept.Count);
        Assert.DoesNotContain(kept, r => r.FindingId == "check:item:0");
        Assert.Contains(kept, r => r.FindingId == $"check:item:{AcceptanceLimits.MaxAcceptances}");
    }

    [Fact]
    public void Find_DamagedFile_MovesItAsideAndLogs()
    {
        _data.Write(AcceptedRisksFile.FileName, "{\"accepted\":[{\"finding_id\":");

        Assert.Null(Store().Find(FindingId, CheckStatus.Fail, Text));

        Assert.Single(Directory.GetFiles(_data.Root, AcceptedRisksFile.FileName + ".unreadable-*"));
        Assert.Contains(_logger.Collector.GetSnapshot(), r => r.Message.Contains("moved to", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_DeeplyNestedFile_IsRefusedNotAStackOverflow()
    {
        _data.Write(AcceptedRisksFile.FileName, "{\"accepted\":" + new string('[', 100_000) + new string(']', 100_000) + "}");

        Assert.Null(Store().Find(FindingId, CheckStatus.Fail, Text));
        Assert.Single(Directory.GetFiles(_data.Root, AcceptedRisksFile.FileName + ".unreadable-*"));
    }

    [Fact]
    public void Find_HandEditedEntryWithoutId_IsDropped()
    {
        _data.Write(AcceptedRisksFile.FileName, "{\"accepted\":[{\"finding_id\":\"\",\"fingerprint\":\"ab\",\"reason\":\"\",\"accepted_by\":\"\",\"accepted_at\":\"2026-12-07T10:00:00Z\",\"until\":\"2027-12-07T10:00:00Z\"}]}");

        Assert.Empty(Store().All());
    }

    private AcceptedRisks Store() => new(Environment(), _time, _logger);

    private GatehouseEnvironment Environment() => new()
    {
        OptionsFile = Path.Combine(_data.Root, "options.json"),
        OptionsFileRequired = false,
        DataDirectory = _data.Root,
        HaConfigDirectory = _data.Root,
    };
}
