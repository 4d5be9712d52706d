namespace Gatehouse.Checks;

/// <summary>A check's verdict. Unavailable means its data could not be read: never a silent pass.</summary>
internal enum CheckStatus
{
    Pass,
    Warn,
    Fail,
    Unavailable,
    Skipped,
}
