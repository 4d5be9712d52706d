namespace Gatehouse.HomeAssistant.Transport;

/// <summary>
/// Creates the transport of one connection attempt: a websocket in the product, a pair of channels in the
/// protocol's own tests, which then run the auth phase, dispatch, heartbeat and renewals without a socket.
/// </summary>
internal interface IHomeAssistantTransportFactory
{
    IHomeAssistantTransport Create(Uri uri);
}
