namespace Gatehouse.Checks;

/// <summary>What a check reads. A check whose source is not there is reported unavailable with the reason, not run.</summary>
internal enum CheckSource
{
    /// <summary>HA's config folder (/homeassistant in the add-on, GATEHOUSE_HA_CONFIG or --config-dir outside).</summary>
    ConfigFolder,

    /// <summary>A live HA over its websocket (the Supervisor's proxy, or HA_URL/HA_TOKEN, or --ha-url/--token).</summary>
    HomeAssistant,

    /// <summary>The Supervisor's API (only inside the add-on).</summary>
    Supervisor,

    /// <summary>Outgoing network connections (always present; the check itself reports what it could not reach).</summary>
    Network,

    /// <summary>Gatehouse's own record of failed logins (kept by the running service).</summary>
    AttemptLog,
}
