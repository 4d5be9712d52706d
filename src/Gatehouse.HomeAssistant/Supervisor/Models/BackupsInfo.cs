using Newtonsoft.Json;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary>
/// <c>GET /backups/info</c> (api/backups.py <c>info_v1</c>; the default role may read it, being an <c>/…/info</c> path):
/// the backups the Supervisor knows, without those kept only in Home Assistant Cloud.
/// </summary>
internal sealed record BackupsInfo : SupervisorData
{
    [JsonProperty("backups")]
    public IReadOnlyList<SupervisorBackup> Backups { get; init; } = [];
}
