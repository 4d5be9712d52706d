using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Fakes.HomeAssistant;

/// <summary>
/// HA's users as <c>config/auth/list</c> lists them (<c>components/config/auth.py</c>), and the account events HA
/// fires when they change (<c>auth/__init__.py</c>): <c>user_added</c>, <c>user_updated</c>, <c>user_removed</c>, each
/// with data <c>{"user_id": …}</c>, fired after the change is made, on every generation (updated since 2022.7).
/// Like HA, the list answers with the change at once; <c>.storage/auth</c> is the test's to write, if at all.
/// </summary>
internal sealed class FakeUsers(FakeHomeAssistant server, JArray initial)
{
    private readonly Lock _lock = new();
    private readonly JArray _users = initial;

    /// <summary>True: subscribing to the account events is refused as for a user who is no administrator.</summary>
    public bool TokenIsNotAdmin { get; set; }

    /// <summary>True: <c>config/auth/list</c> answers unauthorized, so Gatehouse must read <c>.storage/auth</c> instead.</summary>
    public bool ListRefused { get; set; }

    public JArray List()
    {
        lock (_lock)
        {
            return (JArray)_users.DeepClone();
        }
    }

    public void Add(string id, string name, bool admin)
    {
        lock (_lock)
        {
            _users.Add(new JObject
            {
                ["id"] = id,
                ["username"] = name.ToLowerInvariant(),
                ["name"] = name,
                ["is_owner"] = false,
                ["is_active"] = true,
                ["local_only"] = false,
                ["system_generated"] = false,
                ["group_ids"] = new JArray(admin ? "system-admin" : "system-users"),
                ["credentials"] = new JArray(new JObject { ["type"] = "homeassistant" }),
            });
        }
        server.FireEvent("user_added", new JObject { ["user_id"] = id });
    }

    /// <summary>Settings > People > Administrator on or off: HA's <c>config/auth/update</c> with new group_ids.</summary>
    public void SetAdmin(string id, bool admin)
    {
        lock (_lock)
        {
            var user = _users.OfType<JObject>().Single(u => (string?)u["id"] == id);
            user["group_ids"] = new JArray(admin ? "system-admin" : "system-users");
        }
        server.FireEvent("user_updated", new JObject { ["user_id"] = id });
    }
}
