namespace Gatehouse.HomeAssistant.Supervisor;

/// <summary>How a Supervisor call ended. Callers turn anything but <see cref="Ok"/> into "unavailable", never a pass.</summary>
internal enum SupervisorOutcome
{
    /// <summary>The Supervisor answered with data.</summary>
    Ok,

    /// <summary>
    /// The add-on may not call this endpoint: plain-text 401/403 from the Supervisor's security middleware
    /// (missing <c>hassio_api</c>, a role that is not enough) or a JSON 403 such as "No access to mqtt service!".
    /// </summary>
    NotPermitted,

    /// <summary>The Supervisor is still starting or is shutting down ("System is not ready with state: …").</summary>
    NotReady,

    /// <summary>Unreachable, timed out, an error answer or a body that could not be read.</summary>
    Failed,

    /// <summary>No Supervisor here: Gatehouse runs outside the add-on (no SUPERVISOR_TOKEN).</summary>
    NotConfigured,
}
