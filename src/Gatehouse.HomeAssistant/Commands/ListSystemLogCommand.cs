using Gatehouse.HomeAssistant.Json;
using Gatehouse.HomeAssistant.Messages;

namespace Gatehouse.HomeAssistant.Commands;

/// <summary><c>system_log/list</c> (admin): the recent warnings and errors, newest first; <c>unknown_command</c> without the system_log integration.</summary>
internal sealed record ListSystemLogCommand()
    : HassCommand<IReadOnlyList<SystemLogEntry>>("system_log/list", static result => JsonRead.RequiredList(result, SystemLogEntry.Read));
