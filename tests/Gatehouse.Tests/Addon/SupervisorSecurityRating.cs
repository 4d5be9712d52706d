namespace Gatehouse.Tests.Addon;

/// <summary>
/// The add-on store's security rating, ported from rating_security in supervisor/apps/utils.py
/// (home-assistant/supervisor 29d80b8, which also gives apps without a web UI or published ports the
/// +2 that ingress earns). Inputs are config.yaml's keys with the Supervisor's defaults.
/// </summary>
internal static class SupervisorSecurityRating
{
    /// <summary>Capabilities that cost a point (Capabilities in supervisor/docker/const.py).</summary>
    private static readonly string[] RiskyCapabilities =
    [
        "BPF", "CHECKPOINT_RESTORE", "DAC_READ_SEARCH", "NET_ADMIN", "NET_RAW", "PERFMON",
        "SYS_ADMIN", "SYS_MODULE", "SYS_PTRACE", "SYS_RAWIO",
    ];

    /// <param name="config">config.yaml as the Supervisor reads it.</param>
    /// <param name="profileLoaded">
    /// True once installed on a host with AppArmor: the Supervisor counts the custom profile
    /// (AppModel.apparmor is SECURITY_PROFILE) only when it has loaded apparmor.txt.
    /// </param>
    /// <param name="noWebUiBonus">False for Supervisors before 29d80b8, which gave +2 for ingress only.</param>
    public static int Rate(IReadOnlyDictionary<string, object?> config, bool profileLoaded, bool noWebUiBonus = true)
    {
        var rating = 5;

        if (!Flag(config, "apparmor", defaultValue: true))
        {
            rating -= 1;
        }
        else if (profileLoaded)
        {
            rating += 1;
        }

        var hostNetwork = Flag(config, "host_network");
        var ports = config.GetValueOrDefault("ports") as IReadOnlyDictionary<string, object?>;
        if (Flag(config, "ingress"))
        {
            rating += 2;
        }
        else if (noWebUiBonus && !hostNetwork && (ports is null || ports.Values.All(port => port is null)))
        {
            rating += 2;
        }
        else if (Flag(config, "auth_api"))
        {
            rating += 1;
        }

        // AppModel.signed is always False now ("Currently no signing support").

        var privileged = (config.GetValueOrDefault("privileged") as IReadOnlyList<object?> ?? []).OfType<string>();
        if (privileged.Any(RiskyCapabilities.Contains) || Flag(config, "kernel_modules"))
        {
            rating -= 1;
        }

        var role = config.GetValueOrDefault("hassio_role") as string ?? "default";
        rating -= role switch { "manager" => 1, "admin" => 2, _ => 0 };

        if (hostNetwork)
        {
            rating -= 1;
        }
        if (Flag(config, "host_pid"))
        {
            rating -= 2;
        }
        if (Flag(config, "host_uts") && privileged.Contains("SYS_ADMIN"))
        {
            rating -= 1;
        }
        if (Flag(config, "docker_api") || Flag(config, "full_access"))
        {
            rating = 1;
        }
        return Math.Clamp(rating, 1, 8);
    }

    private static bool Flag(IReadOnlyDictionary<string, object?> config, string key, bool defaultValue = false) =>
        config.GetValueOrDefault(key) as bool? ?? defaultValue;
}
