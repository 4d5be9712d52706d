namespace Gatehouse.Logins.Notices;

/// <summary>What a notice's text says: the address (null when the text could not be read), HA's name for it, and the user agent old HA put there.</summary>
internal sealed record ParsedNotice(string? Ip, string? Host, string? UserAgent)
{
    public static ParsedNotice Unparsed { get; } = new(null, null, null);

    public bool IsParsed => Ip is not null;
}
