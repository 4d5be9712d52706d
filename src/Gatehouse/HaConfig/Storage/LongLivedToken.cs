namespace Gatehouse.HaConfig.Storage;

/// <summary>
/// A long-lived access token's metadata from <c>.storage/auth</c>: its name, whose it is, and when and from where it
/// was last used. The token and its signing key are never read: this type has no place for them.
/// </summary>
/// <param name="Id">HA's id of the token record (not the token: HA's own UI shows and deletes tokens by it).</param>
/// <param name="Name">The name its owner gave it (HA keeps it as <c>client_name</c>).</param>
/// <param name="LastUsedIp">The address HA saw it used from, as HA wrote it; null when never used or on HA before 0.96.</param>
internal sealed record LongLivedToken(string Id, string Name, string UserId, DateTimeOffset? CreatedAt, DateTimeOffset? LastUsedAt, string? LastUsedIp);
