using Gatehouse.Checks.Health;
using Gatehouse.Checks.Live;

namespace Gatehouse.Checks.Catalog;

/// <summary>
/// supervisor_health: what the Supervisor says of the system (<c>/resolution/info</c>, <c>/supervisor/info</c>).
/// Fail when it is unhealthy or reports a security issue (a leaked password in an add-on's settings); warn when it
/// is unsupported or lists other issues or suggestions.
/// </summary>
internal sealed class SupervisorHealthCheck(LiveSupervisor supervisor) : ISecurityCheck
{
    public const string CheckId = "supervisor_health";

    private const string OpenRepairs = "Settings > System > Repairs lists each problem with its fix; the Supervisor's own log (Settings > System > Logs) says more.";

    public string Id => CheckId;

    public string Title => "Supervisor health";

    public IReadOnlyList<CheckSource> Sources { get; } = [CheckSource.Supervisor];

    public async Task<CheckResult> RunAsync(CancellationToken cancellationToken)
    {
        var resolution = await supervisor.ResolutionAsync();
        var info = await supervisor.SupervisorAsync();
        if (resolution.Value is not { } found)
        {
            return resolution.Unavailable(this);
        }
        if (info.Value is not { } state)
        {
            return info.Unavailable(this);
        }
        var unhealthy = found.Unhealthy.Select(ResolutionText.UnhealthyReason).ToList();
        if (state.Healthy == false && unhealthy.Count == 0)
        {
            unhealthy.Add("Unhealthy: the Supervisor reports the system as unhealthy");
        }
        var unsupported = found.Unsupported.Select(ResolutionText.UnsupportedReason).ToList();
        if (state.Supported == false && unsupported.Count == 0)
        {
            unsupported.Add("Unsupported: the Supervisor reports the system as unsupported");
        }
        var security = found.Issues.Where(i => ResolutionText.SecurityIssues.Contains(i.Type)).Select(ResolutionText.Issue).ToList();
        var other = found.Issues.Where(i => !ResolutionText.SecurityIssues.Contains(i.Type)).Select(ResolutionText.Issue).ToList();
        var suggestions = found.Suggestions.Select(ResolutionText.Suggestion).ToList();
        var details = unhealthy.Concat(security).Concat(unsupported).Concat(other).Concat(suggestions).ToList();

        if (security.Count > 0)
        {
            return this.Fail($"The Supervisor reports {Count(security.Count, "security issue")}: {security[0]}.", details,
                "For a leaked password: open the add-on named, change that password in its Configuration tab to a new one, and change it wherever else you used it. " + OpenRepairs);
        }
        if (unhealthy.Count > 0)
        {
            return this.Fail("The Supervisor marks the system unhealthy: it blocks updates and add-on installs until that is fixed.", details, OpenRepairs);
        }
        if (unsupported.Count > 0 || other.Count > 0 || suggestions.Count > 0)
        {
            var what = string.Join(", ", new[] { unsupported.Count > 0 ? "the system is unsupported" : null, other.Count > 0 ? Count(other.Count, "issue") : null, suggestions.Count > 0 ? Count(suggestions.Count, "suggestion") : null }.OfType<string>());
            return this.Warn($"The Supervisor reports: {what}.", details, OpenRepairs);
        }
        return this.Pass("The Supervisor reports the system healthy and supported, with no open issues.");
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
