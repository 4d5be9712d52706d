using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary><c>GET /os/info</c> (<c>api/os.py</c>); the values are null when the host does not run HA OS.</summary>
internal sealed record OsInfo : VersionedSupervisorData
{
    public OsInfo()
    {
    }

    private OsInfo(ObjectFields json)
        : base(json)
    {
        Board = json.Text("board");
        Boot = json.Text("boot");
    }

    public string? Board { get; init; }

    public string? Boot { get; init; }

    public static OsInfo Read(JToken token) => new(ObjectFields.Of(token));
}
