using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary>
/// <c>GET /backups/info</c> (api/backups.py <c>info_v1</c>; the default role may read it, being an <c>/…/info</c> path):
/// the backups the Supervisor knows, without those kept only in Home Assistant Cloud.
/// </summary>
internal sealed record BackupsInfo : SupervisorData
{
    public BackupsInfo()
    {
    }

    private BackupsInfo(ObjectFields json)
        : base(json)
    {
        Backups = json.List("backups", SupervisorBackup.Read) ?? [];
    }

    public IReadOnlyList<SupervisorBackup> Backups { get; init; } = [];

    public static BackupsInfo Read(JToken token) => new(ObjectFields.Of(token));
}
