using System.Globalization;

namespace Gatehouse.Checks.Advisories;

/// <summary>
/// A version as Home Assistant's projects write them (Core 2024.1.3, Supervisor 2026.03.2, OS 16.3): its numeric
/// parts compared in order, a missing part counting as 0. A beta or dev suffix (2024.2.0b3, 16.3.rc1) is left out:
/// a pre-release is judged as the release it leads to.
/// </summary>
internal sealed class ReleaseVersion : IComparable<ReleaseVersion>
{
    private readonly int[] _parts;

    private ReleaseVersion(int[] parts) => _parts = parts;

    public static ReleaseVersion? Parse(string? text)
    {
        var parts = new List<int>();
        foreach (var part in (text ?? "").Trim().TrimStart('v', 'V').Split('.'))
        {
            var digits = new string([.. part.TakeWhile(char.IsAsciiDigit)]);
            if (digits.Length is 0 or > 9)
            {
                break;
            }
            parts.Add(int.Parse(digits, CultureInfo.InvariantCulture));
            if (digits.Length < part.Length || parts.Count == 4)
            {
                break;
            }
        }
        return parts.Count == 0 ? null : new ReleaseVersion([.. parts]);
    }

    public int CompareTo(ReleaseVersion? other)
    {
        if (other is null)
        {
            return 1;
        }
        for (var i = 0; i < Math.Max(_parts.Length, other._parts.Length); i++)
        {
            var difference = _parts.ElementAtOrDefault(i).CompareTo(other._parts.ElementAtOrDefault(i));
            if (difference != 0)
            {
                return difference;
            }
        }
        return 0;
    }

    public override string ToString() => string.Join('.', _parts);
}
