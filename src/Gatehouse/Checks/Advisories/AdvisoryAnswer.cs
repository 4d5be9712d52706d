namespace Gatehouse.Checks.Advisories;

/// <summary>What one advisory database answered: the advisories that apply, or why there is no answer.</summary>
internal sealed record AdvisoryAnswer(IReadOnlyList<Advisory>? Advisories, string? Problem)
{
    public static AdvisoryAnswer Found(IReadOnlyList<Advisory> advisories) => new(advisories, null);

    public static AdvisoryAnswer Failed(string problem) => new(null, problem);
}
