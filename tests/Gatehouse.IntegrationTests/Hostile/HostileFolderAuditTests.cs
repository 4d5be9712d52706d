using System.Diagnostics;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace Gatehouse.IntegrationTests.Hostile;

/// <summary>
/// The shipped binary audits hostile config folders made from seeds (<see cref="HostileFolder"/>): each audit ends
/// in under 2 s, in under 100 MB resident, opens nothing outside the folder, exits with a report (0 or 1), and says
/// what it could not read instead of passing it. The main suite audits <see cref="DefaultCount"/> folders;
/// GATEHOUSE_HOSTILE_FOLDERS=1000 (CI's own step) audits a thousand. GATEHOUSE_HOSTILE_SEED moves the first seed.
/// </summary>
public sealed class HostileFolderAuditTests(ITestOutputHelper output)
{
    public const int DefaultCount = 40;
    public const int DefaultFirstSeed = 15_000;
    private const long MaxResidentKilobytes = 100 * 1024;

    /// <summary>The shipped (NativeAOT) binary's bound; the debug build JIT-compiles as it goes and is only held to working at all.</summary>
    private static readonly TimeSpan MaxElapsed = Environment.GetEnvironmentVariable("GATEHOUSE_BINARY") is { Length: > 0 } ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Audit_HostileFolders_EndQuicklyInBoundedMemoryReadOnlyInsideAndSayWhatTheyCouldNotRead()
    {
        Assert.True(WatchedAudit.ToolsPresent, "strace and GNU time are needed to watch the audits: apt-get install strace time");
        var count = int.TryParse(Environment.GetEnvironmentVariable("GATEHOUSE_HOSTILE_FOLDERS"), out var asked) ? asked : DefaultCount;
        var first = int.TryParse(Environment.GetEnvironmentVariable("GATEHOUSE_HOSTILE_SEED"), out var seed) ? seed : DefaultFirstSeed;
        var problems = new List<string>();
        var slowest = TimeSpan.Zero;
        var largest = 0L;
        var total = Stopwatch.StartNew();
        for (var current = first; current < first + count; current++)
        {
            using var folder = HostileFolder.Create(current);
            var audit = await WatchedAudit.RunAsync(folder.Root, folder.Parent);
            slowest = audit.Elapsed > slowest ? audit.Elapsed : slowest;
            largest = Math.Max(largest, audit.PeakKilobytes);
            if (Judge(folder, audit) is { Count: > 0 } found)
            {
                problems.Add($"seed {current} ({string.Join("; ", folder.Ingredients)}):\n  {string.Join("\n  ", found)}");
            }
        }
        output.WriteLine($"{count} hostile folders from seed {first} in {total.Elapsed.TotalSeconds:0.0} s; slowest audit {slowest.TotalMilliseconds:0} ms, largest {largest / 1024} MB resident");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static List<string> Judge(HostileFolder folder, WatchedAudit audit)
    {
        var found = new List<string>();
        if (audit.ExitCode is not (0 or 1))
        {
            found.Add($"exit code {audit.ExitCode}: {audit.Errors.Trim()}");
            return found;
        }
        if (audit.Elapsed > MaxElapsed)
        {
            found.Add($"took {audit.Elapsed.TotalMilliseconds:0} ms");
        }
        if (audit.PeakKilobytes > MaxResidentKilobytes)
        {
            found.Add($"peaked at {audit.PeakKilobytes / 1024} MB resident");
        }
        found.AddRange(audit.OpenedPaths
            .Where(p => p.StartsWith(folder.Parent + "/", StringComparison.Ordinal) && !p.StartsWith(folder.Root + "/", StringComparison.Ordinal) && p != folder.Root)
            .Distinct()
            .Select(p => $"opened {p}, outside the config folder"));
        if (audit.Output.Contains("\\u001b", StringComparison.Ordinal) || audit.Output.Contains('\u001b', StringComparison.Ordinal))
        {
            found.Add("the report holds an escape character");
        }
        var checks = JObject.Parse(audit.Output)["checks"]!.ToDictionary(c => c.Value<string>("id")!, c => c.Value<string>("status")!);
        void MustNotPass(bool unreadable, string id)
        {
            if (unreadable && checks[id] == "pass")
            {
                found.Add($"{id} passed though what it reads could not be read");
            }
        }
        MustNotPass(folder.YamlUnreadable, "secrets_hygiene");
        MustNotPass(folder.AuthUnreadable, "mfa");
        MustNotPass(folder.WwwOutside, "www_exposure");
        return found;
    }
}
