using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Messages;

/// <summary><c>get_config</c>: <c>hass.config.as_dict()</c>. Fields not typed here stay in <see cref="Other"/>.</summary>
internal sealed record HassConfig
{
    [JsonProperty("version")]
    public string? Version { get; init; }

    [JsonProperty("location_name")]
    public string? LocationName { get; init; }

    [JsonProperty("latitude")]
    public double? Latitude { get; init; }

    [JsonProperty("longitude")]
    public double? Longitude { get; init; }

    [JsonProperty("time_zone")]
    public string? TimeZone { get; init; }

    [JsonProperty("external_url")]
    public string? ExternalUrl { get; init; }

    [JsonProperty("internal_url")]
    public string? InternalUrl { get; init; }

    [JsonProperty("components")]
    public IReadOnlyList<string> Components { get; init; } = [];

    [JsonProperty("state")]
    public string? State { get; init; }

    [JsonExtensionData]
    public JObject Other { get; init; } = [];
}
