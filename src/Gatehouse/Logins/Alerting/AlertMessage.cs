namespace Gatehouse.Logins.Alerting;

/// <summary>One notification to send: a title and a plain-text message.</summary>
internal sealed record AlertMessage(string Title, string Message);
