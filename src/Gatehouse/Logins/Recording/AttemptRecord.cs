namespace Gatehouse.Logins.Recording;

/// <summary>
/// One line of the attempt log. <c>attempt</c> lines record an attempt (one line each); a <c>details</c> line carries
/// what enrichment found after the attempt was written (URL, user agent, kind); <c>alerted</c> lines mark it as
/// delivered, so a restart neither loses nor repeats an alert, with <c>folded</c> when it went out folded into a summary
/// or digest (a field, not a line type of its own: logs written before it read as alerted, and so does a folded line
/// for a release that does not know the field); a <c>carry</c> line, first after a rotation, keeps the all-time total.
/// </summary>
internal sealed record AttemptRecord
{
    public const string AttemptLine = "attempt";
    public const string AlertedLine = "alerted";
    public const string CarryLine = "carry";
    public const string DetailsLine = "details";

    public required string Line { get; init; }

    public string? Key { get; init; }

    public LoginAttempt? Attempt { get; init; }

    public long? Total { get; init; }

    /// <summary>On an alerted line: true when the attempt went out folded into a summary or digest; absent otherwise.</summary>
    public bool? Folded { get; init; }

    public static AttemptRecord ForAttempt(string key, LoginAttempt attempt) => new() { Line = AttemptLine, Key = key, Attempt = attempt };

    public static AttemptRecord ForDetails(string key, LoginAttempt attempt) => new() { Line = DetailsLine, Key = key, Attempt = attempt };

    public static AttemptRecord ForAlerted(string key, bool folded) => new() { Line = AlertedLine, Key = key, Folded = folded ? true : null };

    public static AttemptRecord ForCarry(long total) => new() { Line = CarryLine, Total = total };
}
