using System.Text.Json;

namespace Gatehouse.HaConfig.Storage;

/// <summary>
/// The MFA modules' files: <c>data.users</c> maps a user id to that user's enrolment. For TOTP the value is the
/// secret key itself, so only the property names (user ids) are read; values are never turned into strings.
/// </summary>
internal static class MfaStorage
{
    public static readonly IReadOnlyList<(string Key, string Module)> Modules =
    [
        ("auth_module.totp", "authenticator app"),
        ("auth_module.notify", "notify"),
    ];

    public static IReadOnlySet<string> EnrolledUserIds(JsonElement data) =>
        data.Field("users") is { ValueKind: JsonValueKind.Object } users
            ? users.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
}
