using Gatehouse.IntegrationTests.Infrastructure;
using Gatehouse.IntegrationTests.Logins;
using Gatehouse.Logins.Notices;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace Gatehouse.IntegrationTests.Faults;

/// <summary>
/// The shipped binary killed hard (SIGKILL) at random points of a 10,000-attempt storm and started again each time:
/// every attempt it read is recorded exactly once, every notice a dismiss took away was covered by a delivered
/// alert, and a kill repeats at most the one alert it interrupted. One fixed seed, and one random seed that is
/// printed so a failure can be replayed.
/// </summary>
public sealed class KillMidStormTests(ITestOutputHelper output)
{
    private const int Attempts = 10_000;
    private const int Batch = 250;
    private const int Kills = 3;
    private const int FixedSeed = 1406;
    private const string Options = """{"notify_services": ["notify.phone"], "alert_cooldown_seconds": 5}""";

    [Fact]
    [Trait("Issue", "14")]
    public async Task SigkillAtRandomPoints_EachAttemptRecordedOnce_NoEarlyDismiss_AtMostOneRepeatPerKill()
    {
        var randomSeed = Random.Shared.Next();
        output.WriteLine($"Seeds: fixed {FixedSeed}, random {randomSeed} (replay with the seed in KillMidStormTests).");
        Console.WriteLine($"KillMidStormTests seeds: fixed {FixedSeed}, random {randomSeed}");

        await RunStormAsync(FixedSeed);
        await RunStormAsync(randomSeed);
    }

    private async Task RunStormAsync(int seed)
    {
        var random = new Random(seed);
        var killBatches = Enumerable.Range(0, Attempts / Batch).OrderBy(_ => random.Next()).Take(Kills).ToHashSet();
        await using var scenario = await LoginScenario.StartAsync();
        var gatehouse = scenario.StartGatehouse(Options);
        await gatehouse.WaitForLineAsync("Watching Home Assistant");
        var mustBeRecorded = new List<string>();
        var now = DateTimeOffset.UtcNow;
        var start = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero).AddDays(-1);
        try
        {
            for (var batch = 0; batch < Attempts / Batch; batch++)
            {
                var before = scenario.RecordedAttempts();
                var keys = Enumerable.Range(batch * Batch, Batch).Select(i => Show(scenario, start, i)).ToList();
                if (!killBatches.Contains(batch))
                {
                    // The pipeline works in order: once the batch's last attempt is on disk, all of it was read.
                    await Poll.UntilAsync(() => LogText(scenario).Contains(keys[^1], StringComparison.Ordinal), $"batch {batch} recorded (seed {seed})");
                    mustBeRecorded.AddRange(keys);
                    continue;
                }
                // Killed somewhere inside the batch: its attempts not yet read are lost with the process, as in HA.
                var killAfter = before + random.Next(Batch);
                await Poll.UntilAsync(() => scenario.RecordedAttempts() >= killAfter || LogText(scenario).Contains(keys[^1], StringComparison.Ordinal), $"the kill point of batch {batch}");
                await gatehouse.KillAsync();
                await gatehouse.DisposeAsync();
                output.WriteLine($"seed {seed}: killed in batch {batch} with {scenario.RecordedAttempts()} attempts on disk");
                gatehouse = scenario.StartGatehouse(Options);
                await gatehouse.WaitForLineAsync("Watching Home Assistant");
            }
            await Poll.UntilAsync(() => scenario.Unalerted() == 0, $"every attempt alerted (seed {seed})", TestSettings.DigestTimeout);
            // The last alert is marked on disk before its dismiss goes out: the storm's last notice goes only then.
            await scenario.Ha.WaitUntilAsync(ha => ha.Notifications.List().Count == 0, $"the last notice dismissed after its alert (seed {seed})");

            var recorded = RecordedKeys(scenario);
            Assert.True(recorded.Count == recorded.Distinct(StringComparer.Ordinal).Count(), $"seed {seed}: an attempt was recorded twice");
            var missing = mustBeRecorded.Except(recorded, StringComparer.Ordinal).ToList();
            Assert.True(missing.Count == 0, $"seed {seed}: {missing.Count} attempts read before any kill are not recorded");

            // A dismiss may take away a newer notice than the one it was sent for (HA dismisses by id); that
            // attempt must still have had its alert delivered, in the end.
            Assert.NotEmpty(scenario.Ha.Notifications.Removed);
            var alerted = AlertedKeys(scenario);
            var removedUncovered = scenario.Ha.Notifications.Removed.Select(KeyOf).Where(k => !alerted.Contains(k)).ToList();
            Assert.True(removedUncovered.Count == 0, $"seed {seed}: {removedUncovered.Count} dismissed notices whose alert never went out");

            AlertCount.AssertAtLeastOnce(scenario.AlertCounts(), recorded.Count, Kills, $"seed {seed}");
        }
        finally
        {
            await gatehouse.DisposeAsync();
        }
    }

    /// <summary>Shows attempt <paramref name="index"/> as HA does (one notice id, replaced), and returns its key.</summary>
    private static string Show(LoginScenario scenario, DateTimeOffset start, int index)
    {
        var ip = $"198.18.{index % 40}.{(index % 200) + 1}";
        var message = $"Login attempt or request with invalid authentication from {ip} ({ip}). See the log for details.";
        var at = start.AddMilliseconds(index);
        scenario.Ha.Notifications.Create(LoginNotice.LoginId, "Login attempt failed", message, at);
        return new LoginNotice(LoginNotice.LoginId, "Login attempt failed", message, at).Key;
    }

    private static string KeyOf(JObject notice) =>
        new LoginNotice((string)notice["notification_id"]!, (string?)notice["title"], (string)notice["message"]!, DateTimeOffset.Parse((string)notice["created_at"]!, System.Globalization.CultureInfo.InvariantCulture)).Key;

    private static string LogText(LoginScenario scenario) => string.Join('\n', scenario.AttemptLogLines());

    private static List<string> RecordedKeys(LoginScenario scenario) => KeysOf(scenario, "attempt");

    private static HashSet<string> AlertedKeys(LoginScenario scenario) => [.. KeysOf(scenario, "alerted")];

    private static List<string> KeysOf(LoginScenario scenario, string line) =>
        [.. scenario.AttemptLogLines().Select(JObject.Parse).Where(j => (string?)j["line"] == line).Select(j => (string)j["key"]!)];
}
