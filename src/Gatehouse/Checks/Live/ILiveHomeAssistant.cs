using Gatehouse.HomeAssistant.Messages;

namespace Gatehouse.Checks.Live;

/// <summary>
/// One check run's view of the live HA: its configuration and its states. <see cref="LiveHomeAssistant"/> asks the
/// connected HA; <see cref="NoLiveHomeAssistant"/> stands in where none is configured.
/// </summary>
internal interface ILiveHomeAssistant
{
    Task<LiveRead<HassConfig>> ConfigAsync();

    Task<LiveRead<IReadOnlyList<HassState>>> StatesAsync();
}
