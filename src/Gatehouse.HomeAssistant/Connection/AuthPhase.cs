using System.Threading.Channels;
using Gatehouse.HomeAssistant.Messages;
using Gatehouse.HomeAssistant.Transport;

namespace Gatehouse.HomeAssistant.Connection;

/// <summary>
/// <c>auth_required</c> → <c>auth</c> → <c>auth_ok</c> / <c>auth_invalid</c> (<c>websocket_api/auth.py</c>; the
/// Supervisor's proxy speaks the same). A connection that starts with <c>auth_ok</c> needs no token.
/// </summary>
internal static class AuthPhase
{
    public const string AuthRequired = "auth_required";
    public const string AuthOk = "auth_ok";
    public const string AuthInvalid = "auth_invalid";

    /// <summary>Returns HA's version; throws <see cref="HomeAssistantConnectionException"/> on refusal or timeout.</summary>
    public static async Task<string> RunAsync(
        IHomeAssistantTransport transport, string token, TimeSpan timeout, TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            var first = await ReadAsync(transport, linked.Token);
            if (first.Type == AuthOk)
            {
                return first.HaVersion ?? "";
            }
            if (first.Type != AuthRequired)
            {
                throw OutOfTurn(first.Type);
            }
            if (!transport.SendAuth(new AuthMessage(token)))
            {
                throw Closed(transport);
            }
            var answer = await ReadAsync(transport, linked.Token);
            return answer.Type switch
            {
                AuthOk => answer.HaVersion ?? first.HaVersion ?? "",
                AuthInvalid => throw new HomeAssistantConnectionException(DisconnectReason.AuthInvalid,
                    answer.Message ?? "auth_invalid without a reason"),
                _ => throw OutOfTurn(answer.Type),
            };
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new HomeAssistantConnectionException(DisconnectReason.AuthFailed,
                $"Home Assistant did not complete the login handshake within {timeout.TotalSeconds:0} s");
        }
    }

    private static async Task<HassMessage> ReadAsync(IHomeAssistantTransport transport, CancellationToken cancellationToken)
    {
        try
        {
            return await transport.Incoming.ReadAsync(cancellationToken);
        }
        catch (ChannelClosedException)
        {
            throw Closed(transport);
        }
    }

    private static HomeAssistantConnectionException Closed(IHomeAssistantTransport transport) =>
        new(DisconnectReason.ConnectionLost,
            $"Home Assistant closed the connection during the login handshake ({transport.CloseDescription ?? "closed"}).");

    private static HomeAssistantConnectionException OutOfTurn(string type) =>
        new(DisconnectReason.AuthFailed, $"Home Assistant sent '{type}' during the login handshake.");
}
