using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary>
/// <c>GET /addons/&lt;slug&gt;/info</c> (<c>api/apps.py</c> <c>info_data</c>). For a slug that is not installed the
/// Supervisor answers store data with <c>state</c> <c>unknown</c>. Other add-ons' options arrive redacted.
/// </summary>
internal sealed record AddonInfo : VersionedSupervisorData
{
    public AddonInfo()
    {
    }

    private AddonInfo(ObjectFields json)
        : base(json)
    {
        Name = json.Text("name");
        Slug = json.Text("slug") ?? "";
        Repository = json.Text("repository");
        State = json.Text("state");
        Protected = json.Bool("protected");
        Rating = json.Int("rating");
        HostNetwork = json.Bool("host_network");
        HassioApi = json.Bool("hassio_api");
        HassioRole = json.Text("hassio_role");
        HomeAssistantApi = json.Bool("homeassistant_api");
        Ingress = json.Bool("ingress");
        Network = json.Object("network");
        FullAccess = json.Bool("full_access");
        DockerApi = json.Bool("docker_api");
        Apparmor = json.Text("apparmor");
        IpAddress = json.Text("ip_address");
    }

    public string? Name { get; init; }

    public string Slug { get; init; } = "";

    public string? Repository { get; init; }

    public string? State { get; init; }

    public bool? Protected { get; init; }

    public int? Rating { get; init; }

    public bool? HostNetwork { get; init; }

    public bool? HassioApi { get; init; }

    public string? HassioRole { get; init; }

    public bool? HomeAssistantApi { get; init; }

    public bool? Ingress { get; init; }

    /// <summary>Ports published on the host: <c>{"8080/tcp": 8080}</c>, a null value for one left unpublished; null when none.</summary>
    public JObject? Network { get; init; }

    /// <summary>Asks for every device and privilege of the host; granted only with protection mode off (docker/app.py).</summary>
    public bool? FullAccess { get; init; }

    /// <summary>Asks for the Docker socket, i.e. control of every container; granted only with protection mode off.</summary>
    public bool? DockerApi { get; init; }

    /// <summary><c>default</c>, <c>profile</c> (its own) or <c>disable</c>.</summary>
    public string? Apparmor { get; init; }

    public string? IpAddress { get; init; }

    public static AddonInfo Read(JToken token) => new(ObjectFields.Of(token));
}
