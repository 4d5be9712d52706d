namespace Gatehouse.Mqtt.Discovery;

/// <summary>
/// The dialect of the Home Assistant the configs are written for. Unknown until HA's first connection says its
/// release (the entity ids are fixed by the first config HA reads, so none is sent before); from the start when no
/// HA connection is configured.
/// </summary>
internal sealed class DiscoveryDialectSource(bool homeAssistantConfigured)
{
    private DiscoveryDialect? _current = homeAssistantConfigured ? null : DiscoveryDialect.Current;

    public DiscoveryDialect? Current => Volatile.Read(ref _current);

    /// <summary>Sets the dialect; true when it changed (the configs must then be sent again).</summary>
    public bool Set(DiscoveryDialect dialect) => Interlocked.Exchange(ref _current, dialect) != dialect;
}
