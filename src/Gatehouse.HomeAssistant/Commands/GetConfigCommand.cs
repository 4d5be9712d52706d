using Gatehouse.HomeAssistant.Messages;

namespace Gatehouse.HomeAssistant.Commands;

/// <summary><c>get_config</c>: HA's core configuration.</summary>
internal sealed record GetConfigCommand() : HassCommand<HassConfig>("get_config", HassConfig.Read);
