namespace Gatehouse.Logins.Recording;

/// <summary>
/// Times kept in order, so that "how many since" is a binary search, not a scan. Held as UTC ticks: half the memory of
/// a <see cref="DateTimeOffset"/>, and a storm keeps one per attempt.
/// </summary>
internal sealed class SortedTimes
{
    private readonly List<long> _ticks = [];

    public int Count => _ticks.Count;

    public void Add(DateTimeOffset time)
    {
        var index = _ticks.BinarySearch(time.UtcTicks);
        _ticks.Insert(index < 0 ? ~index : index, time.UtcTicks);
    }

    /// <summary>Removes one occurrence; false when the time is not there.</summary>
    public bool Remove(DateTimeOffset time)
    {
        var index = _ticks.BinarySearch(time.UtcTicks);
        if (index < 0)
        {
            return false;
        }
        _ticks.RemoveAt(index);
        return true;
    }

    public int CountSince(DateTimeOffset since)
    {
        var index = _ticks.BinarySearch(since.UtcTicks);
        if (index < 0)
        {
            return _ticks.Count - ~index;
        }
        // BinarySearch finds any equal element; the window starts at the first of them.
        while (index > 0 && _ticks[index - 1] == _ticks[index])
        {
            index--;
        }
        return _ticks.Count - index;
    }
}
