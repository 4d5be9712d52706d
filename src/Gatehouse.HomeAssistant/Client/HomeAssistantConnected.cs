using Gatehouse.HomeAssistant.Compatibility;

namespace Gatehouse.HomeAssistant.Client;

/// <summary>
/// A session became ready: authenticated, and every subscription renewed. <see cref="Number"/> counts sessions
/// from 1; <see cref="IsReconnect"/> is true from the second on, when consumers re-read what they may have missed.
/// </summary>
internal sealed record HomeAssistantConnected(int Number, string HaVersion, DateTimeOffset At)
{
    public bool IsReconnect => Number > 1;

    /// <summary>The release <see cref="HaVersion"/> names; null when it is not a release number.</summary>
    public HaRelease? Release { get; } = HaRelease.Parse(HaVersion);
}
