using System.Globalization;
using System.Text.Json;

namespace Gatehouse.HaConfig.Storage;

/// <summary>
/// <c>.storage/auth</c> (auth/auth_store.py, <c>_data_to_save</c>): <c>data.users</c>, and of <c>data.refresh_tokens</c>
/// only the metadata of long-lived access tokens. The <c>token</c> and <c>jwt_key</c> fields are never read.
/// </summary>
internal static class AuthStorage
{
    public const string Key = "auth";

    /// <summary>HA's <c>TOKEN_TYPE_LONG_LIVED_ACCESS_TOKEN</c> (auth/models.py); app logins are <c>normal</c>, the Supervisor's is <c>system</c>.</summary>
    public const string LongLivedTokenType = "long_lived_access_token";

    /// <summary>User and token names are typed by a person; longer than this is cut where they are shown.</summary>
    public const int MaxNameLength = 64;

    public static AuthContents Contents(JsonElement data) => new(Users(data), LongLivedTokens(data));

    public static IReadOnlyList<HaUser> Users(JsonElement data) =>
        data.Items("users").Select(user => new HaUser(
            user.Text("id") ?? throw new FormatException("a user without an id"),
            Shorten(user.Text("name") ?? "(unnamed)"),
            user.Flag("is_owner") ?? false,
            user.Flag("is_active") ?? true,
            user.Flag("system_generated") ?? false,
            user.Texts("group_ids").ToList())).ToList();

    /// <summary>token_type arrived in HA 0.78 (before it no token was long-lived); last_used_at/_ip in 0.96, hence optional.</summary>
    public static IReadOnlyList<LongLivedToken> LongLivedTokens(JsonElement data) =>
        data.Items("refresh_tokens")
            .Where(token => token.Text("token_type") == LongLivedTokenType)
            .Select(token => new LongLivedToken(
                token.Text("id") ?? "",
                Shorten(token.Text("client_name") ?? "(unnamed)"),
                token.Text("user_id") ?? "",
                Time(token.Text("created_at")),
                Time(token.Text("last_used_at")),
                token.Text("last_used_ip")))
            .ToList();

    /// <summary>Shown in reports and entity attributes: one line, bounded.</summary>
    private static string Shorten(string name)
    {
        var line = new string([.. name.Select(c => char.IsControl(c) ? ' ' : c)]);
        return line.Length <= MaxNameLength ? line : line[..(MaxNameLength - 1)] + "…";
    }

    private static DateTimeOffset? Time(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;
}
