using Gatehouse.Logging;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Mqtt;

internal static partial class Log
{
    [LoggerMessage(EventIds.Mqtt + 1, LogLevel.Information, "Connected to the MQTT broker {Broker}; Gatehouse entities are published under the discovery prefix '{Prefix}'.")]
    public static partial void Connected(ILogger logger, string broker, string prefix);

    [LoggerMessage(EventIds.Mqtt + 2, LogLevel.Warning, "Cannot reach the MQTT broker at {Address}: {Detail}. Check that the broker (the Mosquitto broker add-on) is running and that mqtt_host and mqtt_port are right. Login alerts keep working; the Gatehouse entities catch up once the broker is reachable.")]
    public static partial void Unreachable(ILogger logger, string address, string detail);

    [LoggerMessage(EventIds.Mqtt + 3, LogLevel.Error, "Cannot find the MQTT broker {Address}: the host name does not resolve ({Detail}). Check mqtt_host (a name or IP address, without mqtt:// or a port). Login alerts keep working.")]
    public static partial void UnknownHost(ILogger logger, string address, string detail);

    [LoggerMessage(EventIds.Mqtt + 4, LogLevel.Error, "The MQTT broker at {Address} refused the login of user '{Username}' ({Detail}): authentication refused. Set mqtt_username and mqtt_password to an account the broker accepts, or clear both to use the Mosquitto add-on's own account. Login alerts keep working.")]
    public static partial void CredentialsRefused(ILogger logger, string address, string username, string detail);

    [LoggerMessage(EventIds.Mqtt + 5, LogLevel.Error, "TLS with the MQTT broker at {Address} failed: {Detail}. With mqtt_tls on, the broker's certificate must be valid for that host name and signed by an authority this system trusts; or turn mqtt_tls off if the broker does not use TLS on that port. Login alerts keep working.")]
    public static partial void TlsFailed(ILogger logger, string address, string detail);

    [LoggerMessage(EventIds.Mqtt + 6, LogLevel.Error, "The MQTT broker at {Address} refused the connection ({Detail}). Check that it accepts MQTT 3.1.1 clients. Login alerts keep working.")]
    public static partial void Refused(ILogger logger, string address, string detail);

    [LoggerMessage(EventIds.Mqtt + 7, LogLevel.Debug, "MQTT connect to {Address} failed again ({Detail}); next attempt in {Seconds} s.")]
    public static partial void StillFailing(ILogger logger, string address, string detail, double seconds);

    [LoggerMessage(EventIds.Mqtt + 8, LogLevel.Warning, "Lost the connection to the MQTT broker at {Address}; reconnecting. Entity updates wait in a queue meanwhile.")]
    public static partial void ConnectionLost(ILogger logger, string address);

    [LoggerMessage(EventIds.Mqtt + 9, LogLevel.Warning, "No MQTT broker to publish to: {Problem}. Install and start the Mosquitto broker add-on, or set mqtt_host. Gatehouse will not appear as entities in Home Assistant; login alerts are not affected.")]
    public static partial void NoBroker(ILogger logger, string problem);

    [LoggerMessage(EventIds.Mqtt + 10, LogLevel.Debug, "Still no MQTT broker ({Problem}); asking again in {Seconds} s.")]
    public static partial void StillNoBroker(ILogger logger, string problem, double seconds);

    [LoggerMessage(EventIds.Mqtt + 11, LogLevel.Warning, "The MQTT broker is slow or away: {Folded} failed-login events so far went out as a count instead of one by one. States and bans are never dropped; every attempt is in the attempt log.")]
    public static partial void QueueOverflow(ILogger logger, long folded);

    [LoggerMessage(EventIds.Mqtt + 12, LogLevel.Information, "Removed {Count} Gatehouse entities that no longer exist: {Topics}.")]
    public static partial void StaleConfigsCleared(ILogger logger, int count, string topics);

    [LoggerMessage(EventIds.Mqtt + 13, LogLevel.Information, "\"Run security checks\" was pressed in Home Assistant; running the checks.")]
    public static partial void RunChecksPressed(ILogger logger);

    [LoggerMessage(EventIds.Mqtt + 14, LogLevel.Warning, "\"Run security checks\" was pressed but the checks could not be started.")]
    public static partial void RunChecksFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventIds.Mqtt + 15, LogLevel.Debug, "Publishing to {Topic} failed; the message stays queued.")]
    public static partial void PublishFailed(ILogger logger, string topic, Exception exception);

    [LoggerMessage(EventIds.Mqtt + 16, LogLevel.Information, "Published 'offline' and disconnected from the MQTT broker.")]
    public static partial void Disconnected(ILogger logger);

    [LoggerMessage(EventIds.Mqtt + 17, LogLevel.Debug, "Home Assistant's MQTT integration came online; announcing the Gatehouse entities again.")]
    public static partial void HomeAssistantOnline(ILogger logger);

    [LoggerMessage(EventIds.Mqtt + 18, LogLevel.Warning, "Setting up the MQTT session failed; retrying.")]
    public static partial void SessionSetupFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventIds.Mqtt + 19, LogLevel.Warning, "Could not publish 'offline' before stopping; the broker's last will marks Gatehouse offline instead.")]
    public static partial void OfflineNotPublished(ILogger logger, Exception exception);

    [LoggerMessage(EventIds.Mqtt + 21, LogLevel.Error, "The MQTT connection stopped on an unexpected error; starting it again in {Seconds} s. Login alerts are not affected.")]
    public static partial void ConnectionLoopFailed(ILogger logger, double seconds, Exception exception);

    [LoggerMessage(EventIds.Mqtt + 22, LogLevel.Warning, "Home Assistant {Version} has no MQTT event entities (they arrived in {Release}), so event.gatehouse_login_attempt is not created. Automations can trigger on sensor.gatehouse_last_failed_login, which changes with every failed login; update Home Assistant to get the event entity.")]
    public static partial void NoEventPlatform(ILogger logger, string version, string release);
}
