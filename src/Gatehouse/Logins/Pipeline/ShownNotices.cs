using Gatehouse.Logins.Alerting;

namespace Gatehouse.Logins.Pipeline;

/// <summary>
/// Which attempt each notice id shows right now. HA reuses <c>http-login</c>, so a dismiss is only sent when the
/// notice still shows the attempt whose alert went out; a newer attempt's notice is left for its own alert.
/// </summary>
internal sealed class ShownNotices
{
    private readonly Dictionary<string, string> _keyById = new(StringComparer.Ordinal);

    public void Show(AlertCover cover) => _keyById[cover.NotificationId] = cover.Key;

    /// <summary>
    /// HA removed a notice: forgets it, unless the removal names an older attempt than the one shown now. Returns the
    /// attempt the removed notice showed (null when unknown), for the caller to compare with what its alerts covered.
    /// </summary>
    public string? Remove(string notificationId, string? key)
    {
        if (!_keyById.TryGetValue(notificationId, out var shownKey) || (key is not null && key != shownKey))
        {
            return key;
        }
        _keyById.Remove(notificationId);
        return shownKey;
    }

    /// <summary>Forgets a dismissed notice, unless a newer attempt took its id meanwhile.</summary>
    public void Forget(AlertCover cover)
    {
        if (Shows(cover))
        {
            _keyById.Remove(cover.NotificationId);
        }
    }

    public bool Shows(AlertCover cover) =>
        _keyById.TryGetValue(cover.NotificationId, out var key) && key == cover.Key;
}
