namespace Gatehouse.Watch.Accounts;

/// <summary>One HA user as the account watch compares them: who, and what they may do. Nothing secret.</summary>
internal sealed record Account(string Id, string Name, bool IsOwner, bool IsAdmin, bool IsActive, bool IsSystem)
{
    public string Role => IsOwner ? "owner" : IsAdmin ? "administrator" : "user";
}
