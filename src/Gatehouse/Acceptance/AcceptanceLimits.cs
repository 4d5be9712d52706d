namespace Gatehouse.Acceptance;

/// <summary>Bounds on what the panel may store: the requests come over the network, the file from /data.</summary>
internal static class AcceptanceLimits
{
    /// <summary>Far more than the checks' findings; a flood of acceptances stops here.</summary>
    public const int MaxAcceptances = 1000;

    public const int MaxFindingIdLength = 200;

    public const int MaxReasonLength = 300;

    public const int MaxUserLength = 100;

    /// <summary>1000 acceptances of the longest kind fit well inside.</summary>
    public const long MaxFileBytes = 1024 * 1024;
}
