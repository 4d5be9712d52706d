namespace Gatehouse.Logins;

/// <summary>
/// The login figures where this process keeps no attempt log: the <c>audit</c> command (the running add-on keeps it).
/// The check engine reports the checks that need the log unavailable before they run, so nothing reads these; one
/// that did gets an error, never figures of zero that would pass a check on data nobody read.
/// </summary>
internal sealed class NoAttemptLog : ILoginFiguresSource
{
    public static readonly NoAttemptLog Instance = new();

    private NoAttemptLog()
    {
    }

    public LoginFigures Current => throw new InvalidOperationException("this process keeps no record of failed logins; the running add-on does");
}
