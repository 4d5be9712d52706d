using Gatehouse.HomeAssistant.Json;
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

    public SupervisorBackup()
    {
    }

    private SupervisorBackup(ObjectFields json)
        : base(json)
    {
        Slug = json.Text("slug");
        Name = json.Text("name");
        Date = json.Text("date");
        Type = json.Text("type");
        Protected = json.Bool("protected");
        Location = json.Text("location");
        Locations = json.List("locations", JsonRead.Text);
        LocationAttributes = json.Object("location_attributes");
    }

    public string? Slug { get; init; }

    public string? Name { get; init; }

    public string? Date { get; init; }

    /// <summary><c>full</c> or <c>partial</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Password-protected (encrypted).</summary>
    public bool? Protected { get; init; }

    public string? Location { get; init; }

    public IReadOnlyList<string?>? Locations { get; init; }

    public JObject? LocationAttributes { get; init; }

    public static SupervisorBackup Read(JToken token) => new(ObjectFields.Of(token));
}
