using Gatehouse.HomeAssistant.Connection;

namespace Gatehouse.HomeAssistant.Client;

/// <summary>What the client needs of any subscription to renew it on a new connection.</summary>
internal interface IDurableSubscription : IPacedSubscriber
{
    string CommandType { get; }

    /// <summary>Subscribes on <paramref name="connection"/> unless already subscribed there.</summary>
    Task RenewAsync(HomeAssistantConnection connection, CancellationToken cancellationToken);

    /// <summary>HA refused the renewal: end the consumer's stream with the reason.</summary>
    void Fail(Exception exception);
}
