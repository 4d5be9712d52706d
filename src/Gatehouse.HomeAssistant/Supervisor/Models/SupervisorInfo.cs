using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary><c>GET /supervisor/info</c> (v1 <c>info_v1</c>), including the deprecated but still sent add-on list.</summary>
internal sealed record SupervisorInfo : VersionedSupervisorData
{
    public SupervisorInfo()
    {
    }

    private SupervisorInfo(ObjectFields json)
        : base(json)
    {
        Channel = json.Text("channel");
        Arch = json.Text("arch");
        Supported = json.Bool("supported");
        Healthy = json.Bool("healthy");
        AutoUpdate = json.Bool("auto_update");
        Addons = json.List("addons", InstalledAddon.Read) ?? [];
    }

    public string? Channel { get; init; }

    public string? Arch { get; init; }

    public bool? Supported { get; init; }

    public bool? Healthy { get; init; }

    public bool? AutoUpdate { get; init; }

    /// <summary>Empty when a later Supervisor stops sending the deprecated field: read <c>/addons/&lt;slug&gt;/info</c> then.</summary>
    public IReadOnlyList<InstalledAddon> Addons { get; init; } = [];

    public static SupervisorInfo Read(JToken token) => new(ObjectFields.Of(token));
}
