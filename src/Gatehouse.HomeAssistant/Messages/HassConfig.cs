using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Messages;

/// <summary><c>get_config</c>: <c>hass.config.as_dict()</c>. Fields not typed here can be read from <see cref="Json"/>.</summary>
internal sealed record HassConfig
{
    public string? Version { get; init; }

    public string? LocationName { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public string? TimeZone { get; init; }

    public string? ExternalUrl { get; init; }

    public string? InternalUrl { get; init; }

    public IReadOnlyList<string> Components { get; init; } = [];

    public string? State { get; init; }

    /// <summary>The configuration as HA sent it, the typed fields included.</summary>
    public JObject Json { get; init; } = [];

    public static HassConfig Read(JToken token)
    {
        var json = ObjectFields.Of(token);
        return new HassConfig
        {
            Version = json.Text("version"),
            LocationName = json.Text("location_name"),
            Latitude = json.Number("latitude"),
            Longitude = json.Number("longitude"),
            TimeZone = json.Text("time_zone"),
            ExternalUrl = json.Text("external_url"),
            InternalUrl = json.Text("internal_url"),
            Components = json.Texts("components") ?? [],
            State = json.Text("state"),
            Json = json.Json,
        };
    }
}
