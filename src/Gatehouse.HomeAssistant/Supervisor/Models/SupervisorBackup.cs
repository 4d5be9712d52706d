using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary>
/// One backup of <c>/backups/info</c>. Where it is kept grew over releases: <c>location</c> (one; null is the data
/// disk), then <c>locations</c> (every copy), then <c>location_attributes</c> (each copy's <c>protected</c>, with the
/// data disk as <c>.local</c>). Dates are kept as text and parsed by the reader.
/// </summary>
internal sealed record SupervisorBackup : SupervisorData
{
    /// <summary>The data disk in <c>location_attributes</c> (supervisor const LOCATION_LOCAL).</summary>
    public const string LocalLocation = ".local";

    [JsonProperty("slug")]
    public string? Slug { get; init; }

    [JsonProperty("name")]
    public string? Name { get; init; }

    [JsonProperty("date")]
    public string? Date { get; init; }

    /// <summary><c>full</c> or <c>partial</c>.</summary>
    [JsonProperty("type")]
    public string? Type { get; init; }

    /// <summary>Password-protected (encrypted).</summary>
    [JsonProperty("protected")]
    public bool? Protected { get; init; }

    [JsonProperty("location")]
    public string? Location { get; init; }

    [JsonProperty("locations")]
    public IReadOnlyList<string?>? Locations { get; init; }

    [JsonProperty("location_attributes")]
    public JObject? LocationAttributes { get; init; }
}
