namespace Gatehouse.Logins;

/// <summary>The login figures the entities show.</summary>
internal sealed record LoginFigures(int Last24Hours, long Total, LoginAttempt? LastAttempt, IReadOnlyList<string> BannedIps)
{
    public static LoginFigures Empty { get; } = new(0, 0, null, []);
}
