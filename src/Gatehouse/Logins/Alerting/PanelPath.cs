using Gatehouse.HomeAssistant.Supervisor;
using Gatehouse.Options;

namespace Gatehouse.Logins.Alerting;

/// <summary>
/// Where HA's frontend shows the panel: <c>/&lt;slug&gt;</c>, the add-on's full slug (its repository's hash and
/// <c>gatehouse</c>), which HA's hassio integration registers as the panel's path (<c>addon_panel.py</c>,
/// <c>frontend_url_path=addon</c>). Asked of the Supervisor once (<c>/addons/self/info</c>); null outside the
/// add-on, with the panel off, or while the Supervisor cannot say (asked again next time).
/// </summary>
internal sealed class PanelPath(GatehouseEnvironment environment, ISupervisorClient supervisor)
{
    private string? _path;

    public async Task<string?> GetAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsAddon || environment.PanelListen is null)
        {
            return null;
        }
        if (_path is null && await supervisor.GetAddonInfoAsync("self", cancellationToken) is { IsOk: true, Data.Slug: { Length: > 0 } slug })
        {
            _path = "/" + slug;
        }
        return _path;
    }
}
