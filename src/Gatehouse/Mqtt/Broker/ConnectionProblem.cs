using System.Net.Sockets;
using System.Security.Authentication;
using MQTTnet;
using MQTTnet.Exceptions;

namespace Gatehouse.Mqtt.Broker;

/// <summary>A failed connect attempt, classified from MQTTnet's result or exception chain.</summary>
internal sealed record ConnectionProblem(ConnectionProblemKind Kind, string Detail)
{
    public static ConnectionProblem FromResult(MqttClientConnectResultCode code) => code switch
    {
        MqttClientConnectResultCode.BadUserNameOrPassword or MqttClientConnectResultCode.NotAuthorized =>
            new(ConnectionProblemKind.CredentialsRefused, code.ToString()),
        _ => new(ConnectionProblemKind.Refused, code.ToString()),
    };

    public static ConnectionProblem FromException(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case AuthenticationException tls:
                    return new(ConnectionProblemKind.Tls, tls.InnerException?.Message ?? tls.Message);
                case SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData } dns:
                    return new(ConnectionProblemKind.UnknownHost, dns.Message);
                case SocketException socket:
                    return new(ConnectionProblemKind.Unreachable, socket.Message);
                case MqttCommunicationTimedOutException or TimeoutException or OperationCanceledException:
                    return new(ConnectionProblemKind.Unreachable, "no answer in time");
            }
        }
        return new(ConnectionProblemKind.Unreachable, exception.Message);
    }
}
