namespace Gatehouse.Hosting;

/// <summary>The process exit codes, as documented in the README.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary><c>audit</c> found at least one failing check.</summary>
    public const int AuditFailed = 1;

    /// <summary>The command line or the configuration is wrong; the message says how.</summary>
    public const int UsageOrConfiguration = 2;

    /// <summary><c>run</c> stopped because a part of it failed (named on stderr); the Supervisor's watchdog restarts it.</summary>
    public const int PartFailed = 3;
}
