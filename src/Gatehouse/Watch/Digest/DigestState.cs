namespace Gatehouse.Watch.Digest;

/// <summary>When the last daily digest went out, and the problems open then (by finding id, with their text): what has been fixed since is listed in the next.</summary>
internal sealed record DigestState(DateTimeOffset SentAt, IReadOnlyDictionary<string, string> Open);
