using Gatehouse.Checks;

namespace Gatehouse.Mqtt.Discovery;

/// <summary>
/// Every entity Gatehouse announces: the login event and sensors, the score, the button, and one problem
/// binary sensor per registered check (so the set of check entities follows the checks this build runs).
/// </summary>
internal sealed class EntityCatalog
{
    public EntityCatalog(GatehouseTopics topics, IEnumerable<ISecurityCheck> checks)
    {
        var checkList = checks.DistinctBy(c => c.Id, StringComparer.Ordinal).ToList();
        CheckObjectIds = checkList.ToDictionary(c => c.Id, c => GatehouseEntities.CheckObjectId(c.Id), StringComparer.Ordinal);
        Entities =
        [
            EventDiscovery.Create(topics, new(GatehouseEntities.LoginAttempt, "Login attempt", "mdi:account-alert"),
                [GatehouseEntities.FailedLoginEvent, GatehouseEntities.IpBannedEvent]),
            SensorDiscovery.Create(topics, new(GatehouseEntities.FailedLogins24Hours, "Failed logins (24 h)", "mdi:account-alert-outline"),
                stateClass: "measurement", unit: "attempts"),
            SensorDiscovery.Create(topics, new(GatehouseEntities.FailedLoginsTotal, "Failed logins total", "mdi:counter"),
                stateClass: "total_increasing", unit: "attempts"),
            SensorDiscovery.Create(topics, new(GatehouseEntities.LastFailedLogin, "Last failed login", "mdi:login-variant", HasAttributes: true),
                deviceClass: "timestamp"),
            SensorDiscovery.Create(topics, new(GatehouseEntities.BannedIps, "Banned IPs", "mdi:ip-network-outline", HasAttributes: true),
                stateClass: "measurement", unit: "IPs"),
            SensorDiscovery.Create(topics, new(GatehouseEntities.SecurityScore, "Security score", "mdi:shield-check", HasAttributes: true),
                stateClass: "measurement", unit: "points"),
            SensorDiscovery.Create(topics, new(GatehouseEntities.LastCheckRun, "Last check run", "mdi:clock-check-outline", "diagnostic"),
                deviceClass: "timestamp"),
            ButtonDiscovery.Create(topics, new(GatehouseEntities.RunChecks, "Run security checks", "mdi:shield-search")),
            EventDiscovery.Create(topics, new(GatehouseEntities.SecurityChange, "Security change", "mdi:shield-alert"),
                [GatehouseEntities.NewProblemEvent, GatehouseEntities.AccountChangeEvent]),
            SensorDiscovery.Create(topics, new(GatehouseEntities.OpenFindings, "Open findings", "mdi:shield-alert-outline", HasAttributes: true),
                stateClass: "measurement", unit: "findings"),
            .. checkList.Select(check => BinarySensorDiscovery.Create(topics,
                new(CheckObjectIds[check.Id], check.Title, EntityCategory: "diagnostic", HasAttributes: true), "problem")),
        ];
        ConfigTopics = Entities.Select(e => e.ConfigTopic).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<DiscoveryEntity> Entities { get; }

    public IReadOnlySet<string> ConfigTopics { get; }

    /// <summary>Check id → object id, for the checks this build registers.</summary>
    public IReadOnlyDictionary<string, string> CheckObjectIds { get; }
}
