using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary><c>GET /addons</c> (manager role or above): the installed add-ons only.</summary>
internal sealed record AddonList : SupervisorData
{
    public AddonList()
    {
    }

    private AddonList(ObjectFields json)
        : base(json)
    {
        Addons = json.List("addons", InstalledAddon.Read) ?? [];
    }

    public IReadOnlyList<InstalledAddon> Addons { get; init; } = [];

    public static AddonList Read(JToken token) => new(ObjectFields.Of(token));
}
