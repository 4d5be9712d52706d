using System.Text.RegularExpressions;

namespace Gatehouse.IntegrationTests.Fakes.Supervisor;

/// <summary>
/// Who may call what, as the Supervisor's security middleware decides it (<c>api/middleware/security.py</c>:
/// <c>ADDONS_API_BYPASS</c>, <c>ADDONS_ROLE_ACCESS</c>, <c>NO_SECURITY_CHECK</c>); the roles Gatehouse can be given.
/// </summary>
internal static partial class SupervisorAccessRules
{
    public const string DefaultRole = "default";
    public const string HomeAssistantRole = "homeassistant";
    public const string ManagerRole = "manager";
    public const string AdminRole = "admin";

    /// <summary>Paths the proxy checks itself (the websocket and REST proxy to Core).</summary>
    public static bool SkipsSecurity(string path) => NoSecurityCheck().IsMatch(path);

    public static bool IsAllowed(string path, bool hassioApi, string role) =>
        ApiBypass().IsMatch(path) || (hassioApi && RolePattern(role).IsMatch(path));

    private static Regex RolePattern(string role) => role switch
    {
        DefaultRole => DefaultAccess(),
        HomeAssistantRole => HomeAssistantAccess(),
        ManagerRole => ManagerAccess(),
        AdminRole => AdminAccess(),
        _ => throw new ArgumentException($"Unknown role {role}.", nameof(role)),
    };

    [GeneratedRegex(@"^(?:|/core/api/.*|/core/websocket|/homeassistant/api/.*|/homeassistant/websocket)$")]
    private static partial Regex NoSecurityCheck();

    [GeneratedRegex(@"^(?:|/addons/self/(?!security|update)[^/]+|/addons/self/options/config|/info|/services.*|/discovery.*|/auth)$")]
    private static partial Regex ApiBypass();

    [GeneratedRegex(@"^(?:|/.+/info)$")]
    private static partial Regex DefaultAccess();

    [GeneratedRegex(@"^(?:|/.+/info|/core/.+|/homeassistant/.+)$")]
    private static partial Regex HomeAssistantAccess();

    // Abridged to the paths Gatehouse reads; the listed ones match the Supervisor's manager pattern exactly.
    [GeneratedRegex(@"^(?:|/.+/info|/addons(?:/[-_.A-Za-z0-9]+/(?!security).+|/reload)?|/core/.+|/host/.+|/os/(?!datadisk/wipe).+|/resolution/.+|/supervisor/.+|/store.*)$")]
    private static partial Regex ManagerAccess();

    [GeneratedRegex(".*")]
    private static partial Regex AdminAccess();
}
