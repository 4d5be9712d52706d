namespace Gatehouse.Options;

/// <summary>The log levels HA add-ons offer (bashio's names), mapped to .NET levels by <c>LoggingSetup.ToLogLevel</c>.</summary>
internal enum AddonLogLevel
{
    Trace,
    Debug,
    Info,
    Notice,
    Warning,
    Error,
    Fatal,
}
