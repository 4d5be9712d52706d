using Newtonsoft.Json;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary><c>GET /addons</c> (manager role or above): the installed add-ons only.</summary>
internal sealed record AddonList : SupervisorData
{
    [JsonProperty("addons")]
    public IReadOnlyList<InstalledAddon> Addons { get; init; } = [];
}
