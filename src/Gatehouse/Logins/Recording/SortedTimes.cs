namespace Gatehouse.Logins.Recording;

/// <summary>Times kept in order, so that "how many since" is a binary search, not a scan.</summary>
internal sealed class SortedTimes
{
    private readonly List<DateTimeOffset> _times = [];

    public int Count => _times.Count;

    public void Add(DateTimeOffset time)
    {
        var index = _times.BinarySearch(time);
        _times.Insert(index < 0 ? ~index : index, time);
    }

    /// <summary>Removes one occurrence; false when the time is not there.</summary>
    public bool Remove(DateTimeOffset time)
    {
        var index = _times.BinarySearch(time);
        if (index < 0)
        {
            return false;
        }
        _times.RemoveAt(index);
        return true;
    }

    public int CountSince(DateTimeOffset since)
    {
        var index = _times.BinarySearch(since);
        if (index < 0)
        {
            return _times.Count - ~index;
        }
        // BinarySearch finds any equal element; the window starts at the first of them.
        while (index > 0 && _times[index - 1] == _times[index])
        {
            index--;
        }
        return _times.Count - index;
    }
}
