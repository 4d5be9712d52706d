using Gatehouse.HomeAssistant.Supervisor.Models;

namespace Gatehouse.Checks.Health;

/// <summary>
/// The Supervisor's resolution codes (Supervisor <c>resolution/const.py</c>) in words; a code not listed here is
/// shown as the Supervisor names it.
/// </summary>
internal static class ResolutionText
{
    /// <summary>Issue types that mean an attacker may already have a way in.</summary>
    public static readonly IReadOnlySet<string> SecurityIssues = new HashSet<string>(StringComparer.Ordinal) { "pwned", "security", "trust" };

    private static readonly Dictionary<string, string> Unhealthy = new(StringComparer.Ordinal)
    {
        ["untrusted"] = "content that is not signed by Home Assistant runs on the system",
        ["privileged"] = "the Supervisor lacks the privileges it needs",
        ["docker"] = "Docker is set up in a way the Supervisor cannot run safely",
        ["docker_gateway_unprotected"] = "the Docker network gateway is not protected",
        ["setup"] = "the Supervisor's setup failed",
        ["supervisor"] = "the Supervisor could not update itself",
        ["duplicate_os_installation"] = "two Home Assistant OS installations were found on the disks",
        ["os_filesystem_check_error"] = "the OS file system has errors",
        ["data_filesystem_check_error"] = "the data file system has errors",
    };

    private static readonly Dictionary<string, string> Issues = new(StringComparer.Ordinal)
    {
        ["pwned"] = "a password in its settings appears in public lists of leaked passwords",
        ["security"] = "a known security problem",
        ["trust"] = "its content could not be verified",
        ["free_space"] = "the disk is nearly full",
        ["update_failed"] = "an update failed",
        ["reboot_required"] = "a reboot is needed to finish an update",
        ["deprecated_addon"] = "the add-on is deprecated and no longer maintained",
        ["deprecated_app"] = "the add-on is deprecated and no longer maintained",
    };

    public static string UnhealthyReason(string code) => Unhealthy.TryGetValue(code, out var text) ? $"Unhealthy: {text} ({code})" : $"Unhealthy: {code}";

    public static string UnsupportedReason(string code) => $"Unsupported: {code.Replace('_', ' ')}";

    public static string Issue(ResolutionEntry issue)
    {
        var what = Issues.TryGetValue(issue.Type, out var text) ? text : issue.Type.Replace('_', ' ');
        var about = (issue.Context, issue.Reference) switch
        {
            ("addon", { } slug) => $"add-on {slug}",
            (_, { } reference) => $"{issue.Context} {reference}",
            ({ } context, null) => context,
            _ => "system",
        };
        return $"Issue with {about}: {what}";
    }

    public static string Suggestion(ResolutionEntry suggestion) =>
        $"Suggested: {suggestion.Type.Replace('_', ' ')}{(suggestion.Reference is { } reference ? $" ({suggestion.Context} {reference})" : "")}";
}
