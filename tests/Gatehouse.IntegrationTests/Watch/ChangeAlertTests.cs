using System.Net;
using System.Net.Sockets;
using Gatehouse.IntegrationTests.Mqtt;

namespace Gatehouse.IntegrationTests.Watch;

/// <summary>The watch on the real binary: one summary first, then one message per run that made the home less safe, and silence otherwise.</summary>
[Trait("Issue", "17")]
public sealed class ChangeAlertTests
{
    [Fact]
    public async Task Runs_BaselineThenOneAlertPerChange_NothingForUnchangedRunsOrARestart()
    {
        await using var watch = await WatchScenario.StartAsync();
        watch.WritePeople(("a1", "Alice", true), ("b2", "Bob", false));
        await using var entities = await watch.ProbeAsync("gatehouse/security_change/state", "gatehouse/open_findings/+");
        watch.Start();

        await watch.RunChecksAsync();
        await watch.WaitForNotificationsAsync(1);
        var baseline = Assert.Single(watch.Notifications);
        Assert.Equal("Gatehouse is watching your home", baseline.Title);

        watch.WritePeople(("a1", "Alice", true), ("b2", "Bob", false), ("c3", "Carol", true));
        await watch.RunChecksAsync();
        await watch.WaitForNotificationsAsync(2);
        Assert.Equal(2, watch.Notifications.Count);
        Assert.StartsWith("New since ", watch.Notifications[1].Message, StringComparison.Ordinal);
        Assert.Contains("Carol is an administrator", watch.Notifications[1].Message, StringComparison.Ordinal);
        // One event per change: Carol as an administrator, and Carol without a second login step.
        var change = Samples.Json((await entities.WaitForAsync("gatehouse/security_change/state", m => Samples.Json(m.Payload)["id"]?.ToString() == "admins:user:c3")).Payload);
        Assert.Equal(("new_problem", "Carol is an administrator"), ((string?)change["event_type"], (string?)change["text"]));
        await entities.WaitForAsync("gatehouse/security_change/state", m => Samples.Json(m.Payload)["id"]?.ToString() == "mfa:user:c3");
        await entities.WaitForAsync("gatehouse/open_findings/attributes", m => Samples.Json(m.Payload)["newest_change"]?.ToString() == "Carol is an administrator");
        // Carol brings two: she is an administrator, and she logs in with a password only (the mfa check).
        var before = int.Parse(entities.Received.First(m => m.Topic == "gatehouse/open_findings/state").Payload, System.Globalization.CultureInfo.InvariantCulture);
        await entities.WaitForAsync("gatehouse/open_findings/state", m => m.Payload == (before + 2).ToString(System.Globalization.CultureInfo.InvariantCulture));

        // A telnet server appears on the host the open_ports check probes (the host of HA_URL).
        using (var telnet = new TcpListener(IPAddress.Loopback, 23))
        {
            telnet.Start();
            await watch.RunChecksAsync();
            await watch.WaitForNotificationsAsync(3);
        }
        Assert.Equal(3, watch.Notifications.Count);
        Assert.Contains("Port 23 (Telnet", watch.Notifications[2].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Carol", watch.Notifications[2].Message, StringComparison.Ordinal);

        // Unchanged (the port closing again is a recovery: the digest's, not a push), then the same after a restart.
        Assert.Contains("nothing got worse", await watch.RunChecksAsync(), StringComparison.Ordinal);
        Assert.Contains("nothing got worse", await watch.RunChecksAsync(), StringComparison.Ordinal);
        await watch.RestartAsync();
        Assert.Contains("nothing got worse", await watch.RunChecksAsync(), StringComparison.Ordinal);

        Assert.Equal(3, watch.Notifications.Count);
    }
}
