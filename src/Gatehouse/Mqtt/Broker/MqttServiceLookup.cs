namespace Gatehouse.Mqtt.Broker;

/// <summary>
/// The answer of <see cref="IMqttServiceLocator"/>: the service, or a sentence saying why there is none.
/// <see cref="Retry"/> says whether asking again later may help (the Supervisor is starting) or not (no add-on).
/// </summary>
internal sealed record MqttServiceLookup(MqttServiceInfo? Service, string? Problem, bool Retry)
{
    public static MqttServiceLookup Found(MqttServiceInfo service) => new(service, null, Retry: false);

    public static MqttServiceLookup None(string problem, bool retry) => new(null, problem, retry);
}
