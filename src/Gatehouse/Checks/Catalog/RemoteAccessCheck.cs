using Gatehouse.Checks.Access;
using Gatehouse.Checks.Internet;
using Gatehouse.Checks.Live;
using Gatehouse.Checks.Ports;
using Gatehouse.HaConfig;

namespace Gatehouse.Checks.Catalog;

/// <summary>
/// remote_access: how the house is reached from outside. VPN and tunnel add-ons and Home Assistant Cloud's Remote UI
/// open no port; a port forwarded on the router (seen by remote_exposure when it is on) puts HA's login page, or
/// worse, straight on the internet. One verdict with the reason.
/// </summary>
internal sealed class RemoteAccessCheck(LiveSupervisor supervisor, ILiveHomeAssistant homeAssistant, HaConfigSnapshot config, InternetExposure internet) : ISecurityCheck
{
    public const string CheckId = "remote_access";

    private const string PreferTunnel = "Close the port forwarding on your router and reach HA through a VPN add-on (Tailscale, WireGuard) or Home Assistant Cloud's Remote UI instead: nothing is then open to the whole internet.";

    public string Id => CheckId;

    public string Title => "Remote access";

    public IReadOnlyList<CheckSource> Sources { get; } = [CheckSource.Supervisor];

    public async Task<CheckResult> RunAsync(CancellationToken cancellationToken)
    {
        var addons = await supervisor.AddonsAsync();
        if (addons.Value is null)
        {
            return addons.Unavailable(this);
        }
        var tunnels = RemoteWays.Find(addons.Value).ToList();
        var details = tunnels.Select(t => $"{t.Name} add-on, {(t.Running ? "running" : "installed but not running")}").ToList();
        var ways = tunnels.Where(t => t.Running).Select(t => t.Name).ToList();
        if (await CloudAsync() is { } cloud)
        {
            details.Add(cloud.Detail);
            if (cloud.RemoteUi)
            {
                ways.Add("Home Assistant Cloud's Remote UI");
            }
        }

        var seen = await internet.RecordAsync();
        if (seen.Value is { } record)
        {
            var open = record.Ports.Select(PortTable.Default.Describe).ToList();
            details.Add(open.Count == 0
                ? $"Shodan InternetDB lists no open port on your public address {record.PublicIp}"
                : $"Open to the internet on {record.PublicIp}: {string.Join(", ", open)}");
            if (open.Count > 0)
            {
                var via = ways.Count > 0 ? $" (besides {string.Join(" and ", ways)})" : "";
                return this.Warn($"The house is reached through port forwarding{via}: ports {string.Join(", ", open.Select(p => p.Port))} answer from the internet.", details, PreferTunnel);
            }
        }
        else
        {
            details.Add($"Port forwarding not checked: {seen.Problem}");
        }
        if (ways.Count > 0)
        {
            return this.Pass($"Reached from outside through {string.Join(" and ", ways)}, which opens no port on the router.", details);
        }
        return this.Pass("No VPN, tunnel or Remote UI found: Home Assistant looks reachable only at home" + (seen.Value is null ? " (port forwarding was not checked)." : "."), details);
    }

    /// <summary>Remote UI from the config folder when it is there, else whether HA loaded the cloud integration at all.</summary>
    private async Task<(bool RemoteUi, string Detail)?> CloudAsync()
    {
        if (config.Folder.Exists && config.RemoteUi.Value)
        {
            return (true, "Home Assistant Cloud's Remote UI is on");
        }
        if (config.Folder.Exists && config.RemoteUi.Problem is null)
        {
            return null;
        }
        var live = await homeAssistant.ConfigAsync();
        return live.Value?.Components.Contains("cloud") == true
            ? (false, "Home Assistant Cloud is set up; whether its Remote UI is on could not be read from the config folder")
            : null;
    }
}
