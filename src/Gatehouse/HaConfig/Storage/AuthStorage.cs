using System.Text.Json;

namespace Gatehouse.HaConfig.Storage;

/// <summary><c>.storage/auth</c> (auth/auth_store.py): only <c>data.users</c> is looked at; refresh tokens are never touched.</summary>
internal static class AuthStorage
{
    public const string Key = "auth";

    public static IReadOnlyList<HaUser> Users(JsonElement data) =>
        data.Items("users").Select(user => new HaUser(
            user.Text("id") ?? throw new FormatException("a user without an id"),
            user.Text("name") ?? "(unnamed)",
            user.Flag("is_owner") ?? false,
            user.Flag("is_active") ?? true,
            user.Flag("system_generated") ?? false,
            user.Texts("group_ids").ToList())).ToList();
}
