using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary><c>GET /core/info</c> (Supervisor <c>api/homeassistant.py</c> <c>info</c>).</summary>
internal sealed record CoreInfo : VersionedSupervisorData
{
    public CoreInfo()
    {
    }

    private CoreInfo(ObjectFields json)
        : base(json)
    {
        Machine = json.Text("machine");
        IpAddress = json.Text("ip_address");
        Arch = json.Text("arch");
        Port = json.Int("port");
        Ssl = json.Bool("ssl") ?? false;
        Watchdog = json.Bool("watchdog") ?? false;
    }

    public string? Machine { get; init; }

    public string? IpAddress { get; init; }

    public string? Arch { get; init; }

    public int? Port { get; init; }

    public bool Ssl { get; init; }

    public bool Watchdog { get; init; }

    public static CoreInfo Read(JToken token) => new(ObjectFields.Of(token));
}
