using Gatehouse.Mqtt.Broker;
using Gatehouse.Mqtt.Connection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using MQTTnet.Formatter;

namespace Gatehouse.Tests.Mqtt;

public sealed class BrokerConnectionReporterTests
{
    private static readonly BrokerSettings Broker = new("core-mosquitto", 1883, "addons", "s3cret-value", false, MqttProtocolVersion.V311, "test");
    private static readonly ConnectionProblem Down = new(ConnectionProblemKind.Unreachable, "Connection refused");

    [Fact]
    public void Failed_SameProblemRepeated_WarnsOnceThenDebug()
    {
        var logger = new FakeLogger();
        var reporter = new BrokerConnectionReporter(logger);

        reporter.Failed(Broker, Down, TimeSpan.FromSeconds(1));
        reporter.Failed(Broker, Down, TimeSpan.FromSeconds(2));
        reporter.Failed(Broker, Down, TimeSpan.FromSeconds(4));

        var records = logger.Collector.GetSnapshot();
        Assert.Equal([LogLevel.Warning, LogLevel.Debug, LogLevel.Debug], records.Select(r => r.Level));
        Assert.Contains("core-mosquitto:1883", records[0].Message, StringComparison.Ordinal);
        Assert.Contains("Login alerts keep working", records[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Failed_AfterAReconnect_WarnsAgain()
    {
        var logger = new FakeLogger();
        var reporter = new BrokerConnectionReporter(logger);

        reporter.Failed(Broker, Down, TimeSpan.FromSeconds(1));
        reporter.Connected(Broker, "homeassistant");
        reporter.Failed(Broker, Down, TimeSpan.FromSeconds(1));

        Assert.Equal([LogLevel.Warning, LogLevel.Information, LogLevel.Warning], logger.Collector.GetSnapshot().Select(r => r.Level));
    }

    [Theory]
    [InlineData((int)ConnectionProblemKind.CredentialsRefused, "authentication refused")]
    [InlineData((int)ConnectionProblemKind.Tls, "mqtt_tls")]
    [InlineData((int)ConnectionProblemKind.UnknownHost, "does not resolve")]
    [InlineData((int)ConnectionProblemKind.Refused, "refused the connection")]
    public void Failed_EachKind_IsAnErrorThatNamesTheFixAndNeverThePassword(int kind, string says)
    {
        var logger = new FakeLogger();

        new BrokerConnectionReporter(logger).Failed(Broker, new ConnectionProblem((ConnectionProblemKind)kind, "detail"), TimeSpan.FromSeconds(1));

        var record = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Error, record.Level);
        Assert.Contains(says, record.Message, StringComparison.Ordinal);
        Assert.Contains("core-mosquitto:1883", record.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-value", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoBroker_SaidOnceThenDebug()
    {
        var logger = new FakeLogger();
        var reporter = new BrokerConnectionReporter(logger);

        reporter.NoBroker("Service not enabled", TimeSpan.FromSeconds(1));
        reporter.NoBroker("Service not enabled", TimeSpan.FromSeconds(2));

        Assert.Equal([LogLevel.Warning, LogLevel.Debug], logger.Collector.GetSnapshot().Select(r => r.Level));
        Assert.Contains("Mosquitto broker add-on", logger.Collector.GetSnapshot()[0].Message, StringComparison.Ordinal);
    }
}
