namespace Gatehouse.Logins;

/// <summary>One failed login or ban, as recorded and published.</summary>
/// <param name="Ip">The address HA saw; null when the notice text could not be parsed.</param>
/// <param name="Host">HA's reverse-DNS name for the address, when it differs from the address.</param>
/// <param name="RawMessage">
/// The start of the notice text, kept only when the address could not be read from it: that is the one case an
/// alert quotes it. Cut to <see cref="Notices.NoticeText.MaxRawLength"/> (and then says so): any HA user can write
/// such a notice. Never trusted as markup.
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
