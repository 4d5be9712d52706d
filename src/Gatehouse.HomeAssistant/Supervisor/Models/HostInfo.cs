using Newtonsoft.Json;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary><c>GET /host/info</c> (<c>api/host.py</c>).</summary>
internal sealed record HostInfo : SupervisorData
{
    [JsonProperty("hostname")]
    public string? Hostname { get; init; }

    [JsonProperty("operating_system")]
    public string? OperatingSystem { get; init; }

    [JsonProperty("kernel")]
    public string? Kernel { get; init; }

    [JsonProperty("chassis")]
    public string? Chassis { get; init; }

    [JsonProperty("deployment")]
    public string? Deployment { get; init; }

    [JsonProperty("features")]
    public IReadOnlyList<string> Features { get; init; } = [];

    [JsonProperty("disk_free")]
    public double? DiskFreeGigabytes { get; init; }

    [JsonProperty("disk_total")]
    public double? DiskTotalGigabytes { get; init; }
}
