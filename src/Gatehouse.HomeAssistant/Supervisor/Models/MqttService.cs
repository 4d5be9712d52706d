using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary>
/// <c>GET /services/mqtt</c>: the broker the Mosquitto add-on registered (Supervisor <c>SCHEMA_SERVICE_MQTT</c>).
/// <c>port</c> is an int in the code but a string in the docs' example; both read here.
/// </summary>
internal sealed record MqttService : SupervisorData
{
    public MqttService()
    {
    }

    private MqttService(ObjectFields json)
        : base(json)
    {
        Addon = json.Text("addon");
        Host = json.Text("host") ?? "";
        Port = json.Int("port") ?? 0;
        Ssl = json.Bool("ssl") ?? false;
        Protocol = json.Text("protocol");
        Username = json.Text("username");
        Password = json.Text("password");
    }

    public string? Addon { get; init; }

    public string Host { get; init; } = "";

    public int Port { get; init; }

    public bool Ssl { get; init; }

    /// <summary><c>3.1</c> or <c>3.1.1</c>.</summary>
    public string? Protocol { get; init; }

    public string? Username { get; init; }

    public string? Password { get; init; }

    /// <summary>Never the password: records print every member by default.</summary>
    public override string ToString() =>
        $"{Host}:{Port} (ssl {Ssl}, user {Username ?? "none"}, password hidden)";

    public static MqttService Read(JToken token) => new(ObjectFields.Of(token));
}
