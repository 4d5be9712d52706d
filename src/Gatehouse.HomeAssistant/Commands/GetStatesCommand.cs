using Gatehouse.HomeAssistant.Json;
using Gatehouse.HomeAssistant.Messages;

namespace Gatehouse.HomeAssistant.Commands;

/// <summary><c>get_states</c>: every entity's state; several MB in a large home.</summary>
internal sealed record GetStatesCommand()
    : HassCommand<IReadOnlyList<HassState>>("get_states", static result => JsonRead.RequiredList(result, HassState.Read));
