using Gatehouse.Options;
using MQTTnet.Formatter;

namespace Gatehouse.Mqtt.Broker;

/// <summary>
/// Decides the broker: each <c>mqtt_*</c> option that is set wins over the Supervisor's <c>/services/mqtt</c>
/// value for the same field; the Supervisor is asked only when <c>mqtt_host</c> is not set. A private CA
/// (<c>mqtt_ca_file</c>) applies to either; one that cannot be read is a problem asking again does not fix.
/// </summary>
internal sealed class BrokerSettingsResolver(GatehouseOptions options, GatehouseEnvironment environment, IMqttServiceLocator locator)
{
    public async Task<BrokerResolution> ResolveAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<System.Security.Cryptography.X509Certificates.X509Certificate2>? trustedCa = null;
        if (options.MqttCaFile is { } caFile)
        {
            var (certificates, problem) = BrokerCaFile.Load(caFile, environment);
            if (problem is not null)
            {
                return BrokerResolution.Unresolved(problem, retry: false);
            }
            trustedCa = certificates;
        }
        if (options.MqttHost is { } host)
        {
            return BrokerResolution.Resolved(FromOptions(host) with { TrustedCa = trustedCa });
        }

        var lookup = await locator.FindAsync(cancellationToken);
        return lookup.Service is { } service
            ? BrokerResolution.Resolved(Merge(service) with { TrustedCa = trustedCa })
            : BrokerResolution.Unresolved(lookup.Problem ?? "the Supervisor announced no MQTT broker", lookup.Retry);
    }

    private BrokerSettings FromOptions(string host)
    {
        var port = options.MqttPort ?? (options.MqttTls ? BrokerSettings.DefaultTlsPort : BrokerSettings.DefaultPort);
        return new BrokerSettings(host, port, options.MqttUsername, options.MqttPassword, options.MqttTls,
            MqttProtocolVersion.V311, $"option {OptionNames.MqttHost}");
    }

    private BrokerSettings Merge(MqttServiceInfo service)
    {
        // A user name set in the options brings its own password (or none): never pair it with the add-on's password.
        var (username, password) = options.MqttUsername is { } user
            ? (user, options.MqttPassword)
            : (service.Username, service.Password);
        return new BrokerSettings(
            service.Host,
            options.MqttPort ?? service.Port,
            username,
            password,
            options.MqttTls || service.Ssl,
            service.Protocol == "3.1" ? MqttProtocolVersion.V310 : MqttProtocolVersion.V311,
            "the Supervisor's MQTT service");
    }
}
