using Gatehouse.IntegrationTests.Infrastructure;

namespace Gatehouse.IntegrationTests.Mqtt;

/// <summary>Starts the real Gatehouse binary pointed at a test broker through its options file (mqtt_host, mqtt_port).</summary>
internal static class GatehouseWithBroker
{
    /// <param name="directory">A temporary folder for the options file, the data and the (empty) HA config folder.</param>
    /// <param name="environment">More variables, such as SSL_CERT_FILE.</param>
    /// <param name="caFile">mqtt_ca_file, when set.</param>
    public static async Task<GatehouseProcess> StartAsync(
        MosquittoBroker broker, string directory, bool tls = false, IReadOnlyDictionary<string, string?>? environment = null, string? caFile = null)
    {
        var options = Path.Combine(directory, "options.json");
        var ca = caFile is null ? "" : $", \"mqtt_ca_file\": \"{caFile}\"";
        await File.WriteAllTextAsync(options,
            $$"""{"mqtt_host": "{{broker.Host}}", "mqtt_port": {{broker.Port}}, "mqtt_tls": {{(tls ? "true" : "false")}}{{ca}}}""");
        var variables = new Dictionary<string, string?>
        {
            ["GATEHOUSE_OPTIONS"] = options,
            ["GATEHOUSE_DATA"] = directory,
            ["GATEHOUSE_HA_CONFIG"] = directory,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            variables[name] = value;
        }
        return GatehouseProcess.Start(variables, "run");
    }
}
