using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Options;

/// <summary>
/// Turns the add-on options file (JSON written by the Supervisor from the options tab) into
/// <see cref="GatehouseOptions"/>. Type errors are collected, not thrown, so the owner sees every
/// problem at once; <see cref="OptionsRules"/> then checks the values.
/// </summary>
internal static class OptionsFileReader
{
    public static (GatehouseOptions Options, IReadOnlyList<OptionProblem> Problems) Read(string json)
    {
        var problems = new List<OptionProblem>();
        JObject root;
        try
        {
            root = JToken.Parse(json) as JObject
                ?? throw new JsonReaderException("the file does not hold a JSON object");
        }
        catch (JsonReaderException exception)
        {
            problems.Add(new OptionProblem("(file)", $"the options file is not valid JSON ({exception.Message}); fix it or delete it to use the defaults."));
            return (new GatehouseOptions(), problems);
        }

        foreach (var unknown in root.Properties().Select(p => p.Name).Where(n => !OptionNames.All.Contains(n)))
        {
            // A blank or invisible name is shown as a JSON string, so the owner can see what to delete.
            var shown = unknown.Trim().Length == 0 || unknown.Any(char.IsControl) ? JsonConvert.ToString(unknown) : unknown;
            problems.Add(new OptionProblem(shown, $"there is no such option; the options are {string.Join(", ", OptionNames.All)}."));
        }

        var values = new OptionValues(root, problems);
        var defaults = new GatehouseOptions();
        var options = new GatehouseOptions
        {
            NotifyServices = values.StringList(OptionNames.NotifyServices),
            DismissNotice = values.Bool(OptionNames.DismissNotice) ?? defaults.DismissNotice,
            AlertCooldown = TimeSpan.FromSeconds(values.Integer(OptionNames.AlertCooldownSeconds) ?? GatehouseOptions.DefaultAlertCooldownSeconds),
            CheckInterval = TimeSpan.FromMinutes(values.Integer(OptionNames.CheckIntervalMinutes) ?? GatehouseOptions.DefaultCheckIntervalMinutes),
            AllowedPorts = values.IntegerList(OptionNames.AllowedPorts),
            ScanHosts = values.StringList(OptionNames.ScanHosts),
            KnownNetworks = values.StringList(OptionNames.KnownNetworks),
            KnownNetworksAlertAfter = values.Integer(OptionNames.KnownNetworksAlertAfter) ?? GatehouseOptions.DefaultKnownNetworksAlertAfter,
            PersonalTerms = values.StringList(OptionNames.PersonalTerms),
            RemoteExposureCheck = values.Bool(OptionNames.RemoteExposureCheck) ?? defaults.RemoteExposureCheck,
            AdvisoriesCheck = values.Bool(OptionNames.AdvisoriesCheck) ?? defaults.AdvisoriesCheck,
            DiscoveryPrefix = values.String(OptionNames.DiscoveryPrefix) ?? GatehouseOptions.DefaultDiscoveryPrefix,
            MqttHost = values.String(OptionNames.MqttHost),
            MqttPort = values.Integer(OptionNames.MqttPort),
            MqttUsername = values.String(OptionNames.MqttUsername),
            MqttPassword = values.String(OptionNames.MqttPassword),
            MqttTls = values.Bool(OptionNames.MqttTls) ?? defaults.MqttTls,
            MqttCaFile = values.String(OptionNames.MqttCaFile),
            LogLevel = values.LogLevel(OptionNames.LogLevel) ?? defaults.LogLevel,
        };
        return (options, problems);
    }
}
