namespace Gatehouse.HaConfig.Settings;

/// <summary>
/// The instance's name, location and URLs (Settings > System > General and Network), as written: the coordinates
/// keep their digits so their precision can be judged.
/// </summary>
internal sealed record CoreSettings(string? Name, string? Latitude, string? Longitude, string? ExternalUrl, string? InternalUrl, string Source);
