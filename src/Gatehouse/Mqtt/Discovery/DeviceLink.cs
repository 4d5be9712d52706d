using Gatehouse.HomeAssistant.Supervisor;

namespace Gatehouse.Mqtt.Discovery;

/// <summary>
/// Where the device page's link ("Visit") goes: the add-on's own page in HA when Gatehouse runs as an add-on
/// (the form HA's hassio integration gives add-on devices: <c>homeassistant://hassio/addon/&lt;slug&gt;</c>; the
/// slug carries the repository's hash, so it is asked from the Supervisor), else the project page.
/// </summary>
internal sealed class DeviceLink(ISupervisorClient supervisor)
{
    private string? _url;

    public string Url => _url ?? DeviceDescription.ProjectUrl;

    /// <summary>Asks once; a Supervisor that is starting or failing is asked again on the next connect.</summary>
    public async Task ResolveAsync(CancellationToken cancellationToken)
    {
        if (_url is not null)
        {
            return;
        }
        var self = await supervisor.GetAddonInfoAsync("self", cancellationToken);
        if (self is { IsOk: true, Data.Slug: { Length: > 0 } slug })
        {
            _url = $"homeassistant://hassio/addon/{slug}";
        }
        else if (self.Outcome is SupervisorOutcome.NotConfigured or SupervisorOutcome.NotPermitted)
        {
            _url = DeviceDescription.ProjectUrl;
        }
    }
}
