using Newtonsoft.Json;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary>
/// <c>GET /services/mqtt</c>: the broker the Mosquitto add-on registered (Supervisor <c>SCHEMA_SERVICE_MQTT</c>).
/// <c>port</c> is an int in the code but a string in the docs' example; both read here.
/// </summary>
internal sealed record MqttService : SupervisorData
{
    [JsonProperty("addon")]
    public string? Addon { get; init; }

    [JsonProperty("host")]
    public string Host { get; init; } = "";

    [JsonProperty("port")]
    public int Port { get; init; }

    [JsonProperty("ssl")]
    public bool Ssl { get; init; }

    /// <summary><c>3.1</c> or <c>3.1.1</c>.</summary>
    [JsonProperty("protocol")]
    public string? Protocol { get; init; }

    [JsonProperty("username")]
    public string? Username { get; init; }

    [JsonProperty("password")]
    public string? Password { get; init; }

    /// <summary>Never the password: records print every member by default.</summary>
    public override string ToString() =>
        $"{Host}:{Port} (ssl {Ssl}, user {Username ?? "none"}, password hidden)";
}
