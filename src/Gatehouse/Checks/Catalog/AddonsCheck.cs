using Gatehouse.Checks.Addons;
using Gatehouse.Checks.Live;

namespace Gatehouse.Checks.Catalog;

/// <summary>
/// addons: what each installed add-on may do beyond its container, from the Supervisor's <c>/addons/&lt;slug&gt;/info</c>
/// (open to the default role). Fail for protection mode off (then full_access and docker_api are granted) and for
/// host-network add-ons under a Supervisor affected by <see cref="HostNetworkAdvisory"/>; warn for the rest of
/// <see cref="AddonPosture"/>. Each add-on is named with what to change.
/// </summary>
internal sealed class AddonsCheck(LiveSupervisor supervisor) : ISecurityCheck
{
    public const string CheckId = "addons";

    public string Id => CheckId;

    public string Title => "Add-on permissions";

    public IReadOnlyList<CheckSource> Sources { get; } = [CheckSource.Supervisor];

    public async Task<CheckResult> RunAsync(CancellationToken cancellationToken)
    {
        var read = await supervisor.AddonDetailsAsync();
        if (read.Value is not { } addons)
        {
            return read.Unavailable(this);
        }
        var advisory = addons.Any(a => a.HostNetwork == true) ? await AdvisoryAsync() : null;
        var found = addons
            .Select(addon => (addon.Slug, name: addon.Name ?? addon.Slug, problems: AddonPosture.Problems(addon)
                .Concat(addon.HostNetwork == true && advisory is not null ? [advisory] : []).ToList()))
            .ToList();
        var flagged = found.Where(f => f.problems.Count > 0)
            .OrderByDescending(f => f.problems.Max(p => p.Severity))
            .ThenBy(f => f.name, StringComparer.Ordinal)
            .ToList();
        if (flagged.Count == 0)
        {
            return this.Pass($"None of the {addons.Count} add-on{(addons.Count == 1 ? "" : "s")} has more power than it needs.",
                addons.Select(a => a.Name ?? a.Slug).Order(StringComparer.Ordinal));
        }
        var details = flagged.Select(f => $"{f.name}: {string.Join("; ", f.problems.Select(p => p.What))}");
        var remediation = string.Join(" ", flagged.Select(f => $"{f.name}: {string.Join("; ", f.problems.Select(p => p.Fix).Distinct())}."));
        var findings = flagged.SelectMany(f => f.problems.Select(p =>
            this.Finding(p.Kind, f.Slug, p.Severity, $"The {f.name} add-on: {p.What}", $"{f.name}: {p.Fix}.")));
        var failing = flagged.Where(f => f.problems.Any(p => p.Severity == CheckStatus.Fail)).Select(f => f.name).ToList();
        return failing.Count > 0
            ? this.Fail($"{Names(failing)} can reach beyond {(failing.Count == 1 ? "its" : "their")} container: a flaw or a bad update there reaches all of Home Assistant.", details, remediation).WithFindings(findings)
            : this.Warn($"{Names(flagged.Select(f => f.name).ToList())} {(flagged.Count == 1 ? "has" : "have")} more access than most add-ons need.", details, remediation).WithFindings(findings);
    }

    /// <summary>The CVE-2026-34205 problem when the installed Supervisor is affected; null when not (or its version is unknown).</summary>
    private async Task<AddonProblem?> AdvisoryAsync()
    {
        var version = (await supervisor.SupervisorAsync()).Value?.Version;
        return HostNetworkAdvisory.Affects(version) == true
            ? new AddonProblem("advisory", CheckStatus.Fail,
                $"on the host's network under Supervisor {version}, which lets the whole network reach it without authentication ({HostNetworkAdvisory.Id})",
                $"update the Supervisor to {HostNetworkAdvisory.FixedIn} or newer (Settings > System > Updates)")
            : null;
    }

    private static string Names(IReadOnlyList<string> names) =>
        names.Count <= 3 ? string.Join(", ", names) : $"{string.Join(", ", names.Take(3))} and {names.Count - 3} more";
}
