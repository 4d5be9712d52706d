namespace Gatehouse.Logins.Alerting;

/// <summary>
/// The HA instance's time zone (get_config <c>time_zone</c>), so alerts say "at 14:04" in the owner's time,
/// not the container's. UTC until HA has told it.
/// </summary>
internal sealed class InstanceTimeZone
{
    private volatile TimeZoneInfo _current = TimeZoneInfo.Utc;

    public TimeZoneInfo Current => _current;

    /// <summary>Sets the zone by its IANA id; false (and unchanged) when this system does not know the id.</summary>
    public bool Set(string? ianaId)
    {
        if (string.IsNullOrWhiteSpace(ianaId))
        {
            return false;
        }
        try
        {
            _current = TimeZoneInfo.FindSystemTimeZoneById(ianaId);
            return true;
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
