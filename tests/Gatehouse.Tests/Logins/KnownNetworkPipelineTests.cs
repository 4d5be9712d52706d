using Gatehouse.Logins.Alerting;
using Gatehouse.Logins.Recording;
using Gatehouse.Options;

namespace Gatehouse.Tests.Logins;

/// <summary>Failed logins from the owner's own networks: recorded, counted and dismissed, pushed only at the threshold, for an expired app, or as a ban.</summary>
[Trait("Issue", "17")]
public sealed class KnownNetworkPipelineTests : IDisposable
{
    private static readonly DateTimeOffset T0 = PipelineHarness.Start;
    private static readonly GatehouseOptions Home = new() { NotifyServices = ["notify.phone"], KnownNetworks = ["192.168.1.0/24"] };

    private readonly string _data = Directory.CreateTempSubdirectory("gatehouse-known-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task FiftyInAnHour_NoPushUntilTheThreshold_ThenOne_EveryNoticeDismissed()
    {
        await using var harness = new PipelineHarness(_data, Home);

        for (var i = 0; i < 50; i++)
        {
            await harness.ShowAsync(PipelineHarness.Login("192.168.1.23", T0.AddSeconds(i)));
            Assert.Equal(i + 1 < GatehouseOptions.DefaultKnownNetworksAlertAfter ? 0 : 1, harness.Notify.Sent.Count);
            await harness.AdvanceAsync(TimeSpan.FromSeconds(60));
        }

        var alert = Assert.Single(harness.Notify.Sent);
        Assert.Equal("Many failed logins from your network 192.168.1.0/24", alert.Title);
        Assert.StartsWith("10 failed logins from your known network 192.168.1.0/24 in the last hour", alert.Message, StringComparison.Ordinal);
        Assert.Equal(50, harness.Calls.Count(c => c == "dismiss: http-login"));
        Assert.Equal(50, harness.Log.Current.Total);
        Assert.Empty(harness.Log.Unalerted());
        // The quiet ones are the daily summary's: folded. The one that reached the threshold had its own alert.
        var states = harness.Log.Since(T0).Select(a => a.State).ToList();
        Assert.Equal(49, states.Count(s => s == AttemptState.Folded));
        Assert.Equal(AttemptState.Alerted, states[GatehouseOptions.DefaultKnownNetworksAlertAfter - 1]);
    }

    [Fact]
    public async Task BanFromAKnownNetwork_AlertsAtOnce()
    {
        await using var harness = new PipelineHarness(_data, Home);

        await harness.ShowAsync(PipelineHarness.Ban("192.168.1.23", T0));

        Assert.Equal("Home Assistant banned 192.168.1.23", Assert.Single(harness.Notify.Sent).Title);
    }

    [Fact]
    public async Task ExpiredAppOnAKnownNetwork_OneMessageNamingTheDevice_ThenQuiet()
    {
        await using var harness = new PipelineHarness(_data, Home);
        harness.LogLines.Lines.Add("Login attempt or request with invalid authentication from tablet.lan (192.168.1.40). Requested URL: '/auth/token'. (Home Assistant/2026.11 (io.robbie.HomeAssistant; build:1; iPadOS 19.1))");

        await harness.ShowAsync(PipelineHarness.Login("192.168.1.40", T0, "tablet.lan"));
        await harness.ShowAsync(PipelineHarness.Login("192.168.1.40", T0.AddMinutes(5), "tablet.lan"));

        var message = Assert.Single(harness.Notify.Sent);
        Assert.Equal("Log in again on 192.168.1.40", message.Title);
        Assert.Contains("io.robbie.HomeAssistant", message.Message, StringComparison.Ordinal);
        Assert.Contains("log in again", message.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SupervisorsNetwork_IsKnownWithoutBeingListed()
    {
        await using var harness = new PipelineHarness(_data, new GatehouseOptions { NotifyServices = ["notify.phone"] });

        await harness.ShowAsync(PipelineHarness.Login("172.30.32.2", T0));

        Assert.Empty(harness.Notify.Sent);
        Assert.Equal(["dismiss: http-login"], harness.Calls);
    }

    [Fact]
    public async Task PasswordThroughRemoteUi_127001_IsNoKnownDevice()
    {
        await using var harness = new PipelineHarness(_data, Home);
        harness.LogLines.Lines.Add("Login attempt or request with invalid authentication from localhost (127.0.0.1). Requested URL: '/auth/login_flow/1'. (Mozilla/5.0)");

        await harness.ShowAsync(PipelineHarness.Login("127.0.0.1", T0, "localhost"));

        Assert.Equal("Failed login to Home Assistant", Assert.Single(harness.Notify.Sent).Title);
    }

    [Fact]
    public async Task NoTargets_QuietAttemptIsNeverDismissed()
    {
        await using var harness = new PipelineHarness(_data, Home with { NotifyServices = [] }, hasTargets: false);

        await harness.ShowAsync(PipelineHarness.Login("192.168.1.23", T0));

        Assert.Empty(harness.Calls);
    }

    [Fact]
    public void KnownNetworks_MappedAddressesAndTheOwnersRanges()
    {
        var known = new KnownNetworks(Home);
        static Gatehouse.Logins.LoginAttempt From(string ip) => new(Gatehouse.Logins.LoginEventType.FailedLogin, T0, ip, null, Gatehouse.Logins.LoginAttemptKind.Password, null, null, null);

        Assert.Equal("192.168.1.0/24", known.NetworkOf(From("::ffff:192.168.1.9")));
        Assert.Equal("172.30.32.0/23", known.NetworkOf(From("172.30.33.1")));
        Assert.Null(known.NetworkOf(From("192.168.2.9")));
        Assert.Null(known.NetworkOf(From("not an address")));
    }
}
