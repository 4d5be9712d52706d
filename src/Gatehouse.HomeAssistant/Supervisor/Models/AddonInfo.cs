using Newtonsoft.Json;

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

    [JsonProperty("ip_address")]
    public string? IpAddress { get; init; }
}
