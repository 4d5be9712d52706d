using System.Security.Cryptography.X509Certificates;
using Gatehouse.HomeAssistant.Supervisor;
using Gatehouse.HomeAssistant.Supervisor.Models;
using Gatehouse.Options;
using MQTTnet.Formatter;

namespace Gatehouse.Mqtt.Broker;

/// <summary>
/// Decides the broker: each <c>mqtt_*</c> option that is set wins over the Supervisor's <c>/services/mqtt</c>
/// value for the same field (the Mosquitto add-on registers it); the Supervisor is asked only when <c>mqtt_host</c>
/// is not set. A Supervisor that is starting, or a broker not installed yet, is asked again later; no Supervisor at
/// all, or an add-on without the <c>mqtt</c> service permission, is final. A private CA (<c>mqtt_ca_file</c>)
/// applies to either broker; one that cannot be read is a problem asking again does not fix.
/// </summary>
internal sealed class BrokerSettingsResolver(GatehouseOptions options, GatehouseEnvironment environment, ISupervisorClient supervisor)
{
    public async Task<BrokerResolution> ResolveAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<X509Certificate2>? trustedCa = null;
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

        var answer = await supervisor.GetMqttServiceAsync(cancellationToken);
        if (answer is { IsOk: true, Data: { } service })
        {
            return BrokerResolution.Resolved(Merge(service) with { TrustedCa = trustedCa });
        }
        return answer.Outcome switch
        {
            SupervisorOutcome.NotConfigured => BrokerResolution.Unresolved(
                $"Gatehouse runs outside the add-on (no Supervisor) and {OptionNames.MqttHost} is not set", retry: false),
            SupervisorOutcome.NotPermitted => BrokerResolution.Unresolved(
                $"the Supervisor refused to tell the broker ({answer.Message}); the add-on needs 'services: mqtt:need' in config.yaml", retry: false),
            _ => BrokerResolution.Unresolved($"the Supervisor announced no MQTT broker ({answer.Message})", retry: true),
        };
    }

    private BrokerSettings FromOptions(string host)
    {
        var port = options.MqttPort ?? (options.MqttTls ? BrokerSettings.DefaultTlsPort : BrokerSettings.DefaultPort);
        return new BrokerSettings(host, port, options.MqttUsername, options.MqttPassword, options.MqttTls,
            MqttProtocolVersion.V311, $"option {OptionNames.MqttHost}");
    }

    private BrokerSettings Merge(MqttService service)
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
