using Gatehouse.HaConfig.Storage;

namespace Gatehouse.Checks.Access;

/// <summary>
/// A user whose groups say "not an administrator" while HA gives them administrator rights anyway, as
/// <c>.storage/auth</c> shows it (<c>users[].is_owner</c>, <c>is_active</c>, <c>group_ids</c>):
/// <list type="bullet">
/// <item>the owner outside Administrators: HA's <c>User.is_admin</c> is true for the owner whatever the groups, and
/// <c>User.permissions</c> is <c>OwnerPermissions</c> (auth/models.py, home-assistant/core 6ec3fc0a in 2021 and the
/// current cached form alike). <c>config/auth/update</c> sets any <c>group_ids</c> on the owner (components/config/auth.py,
/// cad5cd90), while the frontend's Administrator switch is greyed out for the owner and shows only the group.</item>
/// <item>a member of Users or Read Only (or a custom group) who is in Administrators too: <c>is_admin</c> needs just one
/// admin group among several, while the users list shows only the first group (frontend ha-config-users.ts,
/// <c>groupIds[0]</c>, from 2020 to the current table). The UI itself saves a single group, so the API or an edited file made it.</item>
/// </list>
/// Admin rights "elsewhere" in the Supervisor cannot be read here and need no rule of their own: the Supervisor keeps no
/// users, HA tells it whether the user is an admin (<c>X-Hass-Is-Admin</c>, components/hassio/const.py), which is this
/// same <c>is_admin</c>.
/// </summary>
internal static class HiddenAdminRights
{
    /// <summary>Why <paramref name="user"/>'s rights exceed their groups, phrased to follow "given"; null when they do not.</summary>
    public static string? Of(HaUser user)
    {
        if (!user.IsAdmin)
        {
            return null;
        }
        var others = user.GroupIds.Where(g => g != HaUser.AdminGroup).Select(GroupName).Distinct().ToList();
        if (user.IsOwner && !user.GroupIds.Contains(HaUser.AdminGroup))
        {
            return $"every right ({user.Name} is {(others.Count == 0 ? "in no group" : $"in {Join(others)} only")}, but the owner has every right whatever the group)";
        }
        return others.Count > 0 ? $"administrator rights ({user.Name} is in {Join(others)}, and in Administrators too)" : null;
    }

    /// <summary>What to do about it: the owner keeps every right, anyone else can be settled on one group.</summary>
    public static string Fix(HaUser user, string tokenName) =>
        user.IsOwner
            ? $"delete '{tokenName}' and, where a program needs a token, create it on a user who is not an administrator (the owner's rights cannot be taken away)"
            : $"delete '{tokenName}', or settle {user.Name}'s rights under Settings > People > Users (shown with Advanced mode on in your profile) > {user.Name}: set Administrator as it should be and press Update, which keeps one group only";

    private static string GroupName(string id) => id switch
    {
        HaUser.UserGroup => "the Users group",
        HaUser.ReadOnlyGroup => "the Read Only group",
        _ => "a custom group",
    };

    private static string Join(List<string> names) => names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} and {names[^1]}";
}
