namespace Gatehouse.HaConfig.Storage;

/// <summary>What is taken from <c>.storage/auth</c> in its one read: the users and the long-lived tokens' metadata.</summary>
internal sealed record AuthContents(IReadOnlyList<HaUser> Users, IReadOnlyList<LongLivedToken> LongLivedTokens);
