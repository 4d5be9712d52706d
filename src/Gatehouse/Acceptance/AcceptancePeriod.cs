namespace Gatehouse.Acceptance;

/// <summary>How long an acceptance holds: the panel offers these three and nothing longer, so every accepted risk is looked at again.</summary>
internal static class AcceptancePeriod
{
    public static readonly IReadOnlyDictionary<string, TimeSpan> ByName = new Dictionary<string, TimeSpan>(StringComparer.Ordinal)
    {
        ["30d"] = TimeSpan.FromDays(30),
        ["90d"] = TimeSpan.FromDays(90),
        ["365d"] = TimeSpan.FromDays(365),
    };

    public static bool TryParse(string? name, out TimeSpan period) => ByName.TryGetValue(name ?? "", out period);
}
