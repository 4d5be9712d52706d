namespace Gatehouse.HomeAssistant.Commands;

/// <summary><c>ping</c>, answered by <c>{"id":N,"type":"pong"}</c> rather than a result: the heartbeat.</summary>
internal sealed record PingCommand() : HassCommand<NoResult>("ping", NoResult.Read);
