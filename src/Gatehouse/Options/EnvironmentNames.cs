namespace Gatehouse.Options;

/// <summary>Environment variables of the configuration contract (DESIGN.md §3).</summary>
internal static class EnvironmentNames
{
    public const string OptionsFile = "GATEHOUSE_OPTIONS";
    public const string DataDirectory = "GATEHOUSE_DATA";
    public const string HaConfigDirectory = "GATEHOUSE_HA_CONFIG";
    public const string SupervisorUrl = "SUPERVISOR_URL";
    public const string SupervisorToken = "SUPERVISOR_TOKEN";
    public const string HaUrl = "HA_URL";
    public const string HaToken = "HA_TOKEN";
}
