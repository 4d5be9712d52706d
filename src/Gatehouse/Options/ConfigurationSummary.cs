namespace Gatehouse.Options;

/// <summary>The effective configuration as one readable line for the log: secrets and tokens are masked, never shown.</summary>
internal static class ConfigurationSummary
{
    public const string Masked = "***";

    public static string Describe(GatehouseConfiguration configuration)
    {
        var (options, environment) = configuration;
        static string List<T>(IEnumerable<T> items) => "[" + string.Join(", ", items) + "]";
        static string Secret(string? value) => value is null ? "(not set)" : Masked;
        static string Optional(object? value) => value?.ToString() ?? "(not set)";

        var parts = new[]
        {
            $"{OptionNames.NotifyServices}={List(options.NotifyServices)}",
            $"{OptionNames.DismissNotice}={options.DismissNotice.ToString().ToLowerInvariant()}",
            $"{OptionNames.AlertCooldownSeconds}={options.AlertCooldown.TotalSeconds}",
            $"{OptionNames.CheckIntervalMinutes}={options.CheckInterval.TotalMinutes}",
            $"{OptionNames.AllowedPorts}={List(options.AllowedPorts)}",
            $"{OptionNames.ScanHosts}={List(options.ScanHosts)}",
            $"{OptionNames.KnownNetworks}={List(options.KnownNetworks)}",
            $"{OptionNames.KnownNetworksAlertAfter}={options.KnownNetworksAlertAfter}",
            $"{OptionNames.PersonalTerms}={options.PersonalTerms.Count} term(s)",
            $"{OptionNames.RemoteExposureCheck}={options.RemoteExposureCheck.ToString().ToLowerInvariant()}",
            $"{OptionNames.AdvisoriesCheck}={options.AdvisoriesCheck.ToString().ToLowerInvariant()}",
            $"{OptionNames.DiscoveryPrefix}={options.DiscoveryPrefix}",
            $"{OptionNames.MqttHost}={Optional(options.MqttHost)}",
            $"{OptionNames.MqttPort}={Optional(options.MqttPort)}",
            $"{OptionNames.MqttUsername}={Optional(options.MqttUsername)}",
            $"{OptionNames.MqttPassword}={Secret(options.MqttPassword)}",
            $"{OptionNames.MqttTls}={options.MqttTls.ToString().ToLowerInvariant()}",
            $"{OptionNames.MqttCaFile}={Optional(options.MqttCaFile)}",
            $"{OptionNames.LogLevel}={options.LogLevel.ToString().ToLowerInvariant()}",
            $"data={environment.DataDirectory}",
            $"ha_config={environment.HaConfigDirectory}",
            $"home_assistant={Optional(environment.HomeAssistant)}",
            $"supervisor={Optional(environment.Supervisor)}",
        };
        return string.Join("; ", parts);
    }
}
