namespace Gatehouse.HaConfig.Storage;

/// <summary>A user from <c>.storage/auth</c>: who they are and what they may do. Credentials and tokens are never read.</summary>
internal sealed record HaUser(string Id, string Name, bool IsOwner, bool IsActive, bool IsSystemGenerated, IReadOnlyList<string> GroupIds)
{
    /// <summary>HA's system groups (auth/const.py), the ones its UI offers: Administrators, Users and Read Only.</summary>
    public const string AdminGroup = "system-admin";
    public const string UserGroup = "system-users";
    public const string ReadOnlyGroup = "system-read-only";

    /// <summary>
    /// HA's <c>User.is_admin</c> (auth/models.py), the same from 2021 (home-assistant/core 6ec3fc0a) to the current
    /// cached form: the owner, or an active member of Administrators. Any one admin group among several is enough.
    /// </summary>
    public bool IsAdmin => IsOwner || (IsActive && GroupIds.Contains(AdminGroup));

    /// <summary>A person who can log in: active and not one of HA's own system users (Supervisor, Home Assistant Content).</summary>
    public bool IsPerson => IsActive && !IsSystemGenerated;

    public string Role => IsOwner ? "owner" : IsAdmin ? "administrator" : "user";
}
