using Gatehouse.HomeAssistant.Supervisor.Models;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Checks.Addons;

/// <summary>
/// What one add-on may do beyond its own container, judged from its <c>/addons/&lt;slug&gt;/info</c>: each problem with
/// its weight and what to change. The rules follow the Supervisor, and its own rating (apps/utils.py rating_security)
/// runs from 1 to 8.
/// </summary>
/// <remarks>
/// Issue 18 asked to fail for <c>full_access</c> or <c>docker_api</c>. The Supervisor grants neither while protection
/// mode is on: home-assistant/supervisor supervisor/docker/app.py at 2026.08.0 (0b5b0ce1), line 292
/// <c>if not self.app.protected and self.app.with_full_access</c> (the device rule that opens all hardware) and line 620
/// <c>if not self.app.protected and self.app.access_docker_api</c> (the Docker socket mount); the same test stands in
/// docker/addon.py at 2024.06.0 (lines 194, 485) and 2026.03.2 (lines 211, 518). Protection is on unless the owner
/// turns it off (apps/validate.py line 622, <c>default=True</c>), and only the admin role may turn it off
/// (api/middleware/security.py lines 101 and 136: the manager role and <c>/addons/self/…</c> stop short of
/// <c>security</c>). So asking for the power warns, and protection off fails: that is when the Supervisor hands it over.
/// </remarks>
internal static class AddonPosture
{
    /// <summary>At or below this the Supervisor's own rating calls an add-on risky (full_access or docker_api set it to 1).</summary>
    public const int LowRating = 3;

    /// <summary>The Home Assistant add-ons and the Home Assistant Community Add-ons (hassio-addons/repository: the hash of its URL).</summary>
    public static readonly IReadOnlySet<string> KnownRepositories = new HashSet<string>(StringComparer.Ordinal) { "core", "a0d7b954" };

    /// <summary>Add-ons the owner built on this machine (the /addons share): not from a store.</summary>
    public const string LocalRepository = "local";

    public static IEnumerable<AddonProblem> Problems(AddonInfo addon)
    {
        var unprotected = addon.Protected == false;
        var powers = new[] { (addon.FullAccess, "full access to the host's hardware"), (addon.DockerApi, "control of every container (Docker API)") }
            .Where(p => p.Item1 == true).Select(p => p.Item2).ToList();
        if (unprotected)
        {
            yield return new("protection", CheckStatus.Fail,
                "protection mode off" + (powers.Count > 0 ? $", so it has {string.Join(" and ", powers)}" : ""),
                "turn Protection mode on in its Info tab (Settings > Add-ons), or uninstall it if it cannot run that way");
        }
        else if (powers.Count > 0)
        {
            var them = powers.Count == 1 ? "it" : "them";
            yield return new("privileges", CheckStatus.Warn,
                $"asks for {string.Join(" and ", powers)}; the Supervisor withholds {them} while protection mode is on, and turning protection off would grant {them} "
                + "(Supervisor source: supervisor/docker/app.py lines 292 and 620 at 2026.08.0)",
                "keep Protection mode on; if the add-on does not work that way, replace it with one that needs less");
        }
        if (addon.HostNetwork == true && PublishedPorts(addon.Network) is { Count: > 0 } ports)
        {
            yield return new("host_ports", CheckStatus.Warn,
                $"on the host's network with port{(ports.Count == 1 ? "" : "s")} {string.Join(", ", ports)} open on every interface",
                "in its Network settings, leave empty every port you do not use, and never forward them on the router");
        }
        if (addon.Rating is { } rating and <= LowRating && !unprotected && powers.Count == 0)
        {
            yield return new("rating", CheckStatus.Warn, $"security rating {rating} of 8", "uninstall it unless you need it; look for an add-on with a higher rating");
        }
        if (addon.Apparmor == "disable")
        {
            yield return new("apparmor", CheckStatus.Warn, "AppArmor disabled", "ask its author for an AppArmor profile, or replace it");
        }
        if (addon.Repository is { } repository && repository != LocalRepository && !KnownRepositories.Contains(repository))
        {
            yield return new("repository", CheckStatus.Warn, "from a third-party repository", "keep it only if you trust its author: its updates run with the rights listed here");
        }
    }

    /// <summary>The host ports of <c>network</c>: <c>{"8080/tcp": 8080, "9000/tcp": null}</c> publishes 8080 only.</summary>
    private static List<int> PublishedPorts(JObject? network) =>
        network is null ? [] : network.Properties()
            .Select(p => p.Value.Type == JTokenType.Integer ? p.Value.Value<long>() : 0)
            .Where(port => port is >= 1 and <= 65535)
            .Select(port => (int)port)
            .Distinct().Order().ToList();
}
