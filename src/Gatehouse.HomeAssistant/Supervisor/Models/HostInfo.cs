using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary><c>GET /host/info</c> (<c>api/host.py</c>).</summary>
internal sealed record HostInfo : SupervisorData
{
    public HostInfo()
    {
    }

    private HostInfo(ObjectFields json)
        : base(json)
    {
        Hostname = json.Text("hostname");
        OperatingSystem = json.Text("operating_system");
        Kernel = json.Text("kernel");
        Chassis = json.Text("chassis");
        Deployment = json.Text("deployment");
        Features = json.Texts("features") ?? [];
        DiskFreeGigabytes = json.Number("disk_free");
        DiskTotalGigabytes = json.Number("disk_total");
    }

    public string? Hostname { get; init; }

    public string? OperatingSystem { get; init; }

    public string? Kernel { get; init; }

    public string? Chassis { get; init; }

    public string? Deployment { get; init; }

    public IReadOnlyList<string> Features { get; init; } = [];

    public double? DiskFreeGigabytes { get; init; }

    public double? DiskTotalGigabytes { get; init; }

    public static HostInfo Read(JToken token) => new(ObjectFields.Of(token));
}
