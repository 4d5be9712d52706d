namespace Gatehouse.Logins;

/// <summary>One failed login or ban, as recorded and published.</summary>
/// <param name="Ip">The address HA saw; null when the notice text could not be parsed.</param>
/// <param name="Host">HA's reverse-DNS name for the address, when it differs from the address.</param>
/// <param name="RawMessage">
/// The notice text as HA wrote it, kept only when the address could not be read from it: that is the one case an
/// alert quotes it, and the attempt's key holds the text anyway. Dropping it otherwise halves what thousands of
/// attempts cost in memory. Never trusted as markup.
/// </param>
internal sealed record LoginAttempt(
    LoginEventType Type,
    DateTimeOffset Time,
    string? Ip,
    string? Host,
    LoginAttemptKind Kind,
    string? Url,
    string? UserAgent,
    string? RawMessage);
