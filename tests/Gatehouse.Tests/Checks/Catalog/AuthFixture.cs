using Gatehouse.Tests.HaConfig;

namespace Gatehouse.Tests.Checks.Catalog;

/// <summary>Writes .storage/auth and the MFA module files as HA does, with HA's two system users always present.</summary>
internal static class AuthFixture
{
    public sealed record Person(string Id, string Name, bool Owner = false, bool Admin = false, bool Active = true);

    public static TempConfigFolder WithPeople(this TempConfigFolder folder, params Person[] people)
    {
        var users = people.Select(p => $$"""
            {"id":"{{p.Id}}","group_ids":["{{(p.Admin || p.Owner ? "system-admin" : "system-users")}}"],"is_owner":{{Json(p.Owner)}},"is_active":{{Json(p.Active)}},"name":"{{p.Name}}","system_generated":false,"local_only":false}
            """).Concat(
        [
            """{"id":"sup","group_ids":["system-admin"],"is_owner":false,"is_active":true,"name":"Supervisor","system_generated":true}""",
            """{"id":"content","group_ids":["system-read-only"],"is_owner":false,"is_active":true,"name":"Home Assistant Content","system_generated":true}""",
        ]);
        return folder.Storage("auth", $$"""{"users":[{{string.Join(",", users)}}],"groups":[],"credentials":[],"refresh_tokens":[{"id":"r","user_id":"sup","token":"SECRET-TOKEN","jwt_key":"SECRET-KEY"}]}""");
    }

    public static TempConfigFolder WithTotp(this TempConfigFolder folder, params string[] userIds) =>
        folder.Storage("auth_module.totp", Users(userIds.Select(id => $"\"{id}\":\"JBSWY3DPEHPK3PXP\"")));

    public static TempConfigFolder WithNotifyMfa(this TempConfigFolder folder, params string[] userIds) =>
        folder.Storage("auth_module.notify", Users(userIds.Select(id => $"\"{id}\":{{\"notify_service\":\"mobile_app_x\",\"target\":null}}")));

    private static string Users(IEnumerable<string> entries) => "{\"users\":{" + string.Join(",", entries) + "}}";

    private static string Json(bool value) => value ? "true" : "false";
}
