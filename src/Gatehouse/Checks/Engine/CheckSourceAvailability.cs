using Gatehouse.HaConfig;
using Gatehouse.Logins;
using Gatehouse.Options;

namespace Gatehouse.Checks.Engine;

/// <summary>
/// Which sources this process has: the config folder when it exists, a live HA or the Supervisor when the
/// environment (or <c>audit</c>'s options) names one, the attempt log unless this is <c>audit</c> (<see cref="NoAttemptLog"/>). A check needing
/// a missing source is reported unavailable with the sentence given here, so <c>audit</c> without a live HA still
/// lists those checks and says how to include them.
/// </summary>
internal sealed class CheckSourceAvailability(HaConfigFolder folder, GatehouseEnvironment environment, ILoginFiguresSource figures)
{
    public string? WhyMissing(CheckSource source) => source switch
    {
        CheckSource.ConfigFolder when !folder.Exists =>
            $"HA's config folder {folder.Root} was not found; in the add-on it is mapped by Gatehouse's configuration, outside it set GATEHOUSE_HA_CONFIG or pass --config-dir",
        CheckSource.HomeAssistant when environment.HomeAssistant is null =>
            "no live Home Assistant to ask; run Gatehouse as an add-on, or pass --ha-url and --token (HA_URL and HA_TOKEN for the service)",
        CheckSource.Supervisor when environment.Supervisor is null =>
            "no Supervisor here (only the add-on can reach it); this check applies to Home Assistant OS and Supervised installs",
        CheckSource.AttemptLog when figures is NoAttemptLog =>
            "Gatehouse's record of failed logins is kept by the running add-on, not by this command",
        _ => null,
    };
}
