namespace Gatehouse.Checks.Advisories;

/// <summary>
/// GitHub's <c>vulnerable_version_range</c>: comparisons joined by commas, all of which must hold
/// (<c>&lt; 2023.9.0</c>, <c>&gt;= 2023.1.0, &lt; 2023.9.2</c>, <c>= 1.0</c>).
/// </summary>
internal static class VersionRange
{
    /// <summary>Whether <paramref name="version"/> is in <paramref name="range"/>; null when the range cannot be read.</summary>
    public static bool? Contains(string? range, ReleaseVersion version)
    {
        if (string.IsNullOrWhiteSpace(range) || range.Length > 200)
        {
            return null;
        }
        foreach (var condition in range.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var op = new string([.. condition.TakeWhile(c => c is '<' or '>' or '=')]);
            if (ReleaseVersion.Parse(condition[op.Length..]) is not { } bound)
            {
                return null;
            }
            var order = version.CompareTo(bound);
            var holds = op switch
            {
                "<" => order < 0,
                "<=" => order <= 0,
                ">" => order > 0,
                ">=" => order >= 0,
                "=" or "==" or "" => order == 0,
                _ => (bool?)null,
            };
            if (holds is not { } result)
            {
                return null;
            }
            if (!result)
            {
                return false;
            }
        }
        return true;
    }
}
