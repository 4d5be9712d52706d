namespace Gatehouse.Checks.Updates;

/// <summary>What an update is for; Core and OS carry the security fixes that make an old release a fail.</summary>
internal enum UpdateKind
{
    Core,
    OperatingSystem,
    Supervisor,
    Addon,

    /// <summary>Anything else with an update entity: device firmware, integrations from HACS…</summary>
    Other,
}
