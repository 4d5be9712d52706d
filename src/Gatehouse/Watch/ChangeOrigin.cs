namespace Gatehouse.Watch;

/// <summary>How a change was seen: by comparing check runs, or as it happened (an account event).</summary>
internal enum ChangeOrigin
{
    CheckRun,
    Account,
}
