using System.Net.Sockets;
using System.Security.Authentication;
using Gatehouse.Mqtt.Broker;
using MQTTnet;
using MQTTnet.Adapter;
using MQTTnet.Exceptions;

namespace Gatehouse.Tests.Mqtt;

public sealed class ConnectionProblemTests
{
    [Theory]
    [InlineData(MqttClientConnectResultCode.BadUserNameOrPassword, (int)ConnectionProblemKind.CredentialsRefused)]
    [InlineData(MqttClientConnectResultCode.NotAuthorized, (int)ConnectionProblemKind.CredentialsRefused)]
    [InlineData(MqttClientConnectResultCode.UnsupportedProtocolVersion, (int)ConnectionProblemKind.Refused)]
    public void FromResult_ConnAckCode_IsClassified(MqttClientConnectResultCode code, int kind) =>
        Assert.Equal((ConnectionProblemKind)kind, ConnectionProblem.FromResult(code).Kind);

    [Fact]
    public void FromException_WrappedTlsFailure_IsTls() =>
        Assert.Equal(ConnectionProblemKind.Tls, ConnectionProblem.FromException(
            new MqttCommunicationException(new AuthenticationException("remote certificate is invalid"))).Kind);

    [Fact]
    public void FromException_UnknownHost_IsUnknownHost() =>
        Assert.Equal(ConnectionProblemKind.UnknownHost, ConnectionProblem.FromException(
            new MqttConnectingFailedException("failed", new SocketException((int)SocketError.HostNotFound))).Kind);

    [Fact]
    public void FromException_RefusedSocket_IsUnreachable() =>
        Assert.Equal(ConnectionProblemKind.Unreachable, ConnectionProblem.FromException(
            new MqttCommunicationException(new SocketException((int)SocketError.ConnectionRefused))).Kind);

    [Fact]
    public void FromException_Timeout_IsUnreachable() =>
        Assert.Equal(new ConnectionProblem(ConnectionProblemKind.Unreachable, "no answer in time"),
            ConnectionProblem.FromException(new MqttCommunicationTimedOutException()));
}
