namespace Gatehouse.HaConfig.Storage;

/// <summary>A user from <c>.storage/auth</c>: who they are and what they may do. Credentials and tokens are never read.</summary>
internal sealed record HaUser(string Id, string Name, bool IsOwner, bool IsActive, bool IsSystemGenerated, IReadOnlyList<string> GroupIds)
{
    public const string AdminGroup = "system-admin";

    /// <summary>HA's rule (auth/models.py): the owner, or a member of the Administrators group.</summary>
    public bool IsAdmin => IsOwner || GroupIds.Contains(AdminGroup);

    /// <summary>A person who can log in: active and not one of HA's own system users (Supervisor, Home Assistant Content).</summary>
    public bool IsPerson => IsActive && !IsSystemGenerated;

    public string Role => IsOwner ? "owner" : IsAdmin ? "administrator" : "user";
}
