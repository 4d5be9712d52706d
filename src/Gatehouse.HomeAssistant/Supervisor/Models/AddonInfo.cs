using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary>
/// <c>GET /addons/&lt;slug&gt;/info</c> (<c>api/apps.py</c> <c>info_data</c>). For a slug that is not installed the
/// Supervisor answers store data with <c>state</c> <c>unknown</c>. Other add-ons' options arrive redacted.
/// </summary>
internal sealed record AddonInfo : VersionedSupervisorData
{
    [JsonProperty("name")]
    public string? Name { get; init; }

    [JsonProperty("slug")]
    public string Slug { get; init; } = "";

    [JsonProperty("repository")]
    public string? Repository { get; init; }

    [JsonProperty("state")]
    public string? State { get; init; }

    [JsonProperty("protected")]
    public bool? Protected { get; init; }

    [JsonProperty("rating")]
    public int? Rating { get; init; }

    [JsonProperty("host_network")]
    public bool? HostNetwork { get; init; }

    [JsonProperty("hassio_api")]
    public bool? HassioApi { get; init; }

    [JsonProperty("hassio_role")]
    public string? HassioRole { get; init; }

    [JsonProperty("homeassistant_api")]
    public bool? HomeAssistantApi { get; init; }

    [JsonProperty("ingress")]
    public bool? Ingress { get; init; }

    /// <summary>Ports published on the host: <c>{"8080/tcp": 8080}</c>, a null value for one left unpublished; null when none.</summary>
    [JsonProperty("network")]
    public JObject? Network { get; init; }

    /// <summary>Asks for every device and privilege of the host; granted only with protection mode off (docker/app.py).</summary>
    [JsonProperty("full_access")]
    public bool? FullAccess { get; init; }

    /// <summary>Asks for the Docker socket, i.e. control of every container; granted only with protection mode off.</summary>
    [JsonProperty("docker_api")]
    public bool? DockerApi { get; init; }

    /// <summary><c>default</c>, <c>profile</c> (its own) or <c>disable</c>.</summary>
    [JsonProperty("apparmor")]
    public string? Apparmor { get; init; }

    [JsonProperty("ip_address")]
    public string? IpAddress { get; init; }
}
