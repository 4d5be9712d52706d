namespace Gatehouse.Mqtt.Broker;

/// <summary>The broker to use, or why there is none and whether to ask again later.</summary>
internal sealed record BrokerResolution(BrokerSettings? Settings, string? Problem, bool Retry)
{
    public static BrokerResolution Resolved(BrokerSettings settings) => new(settings, null, Retry: false);

    public static BrokerResolution Unresolved(string problem, bool retry) => new(null, problem, retry);
}
