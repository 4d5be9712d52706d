namespace Gatehouse.Checks.Addons;

/// <summary>One thing an add-on may do that it should not, and what the owner changes about it.</summary>
/// <param name="Kind">Stable word for the kind of problem (<c>protection</c>, <c>ports</c>…): with the slug it makes the finding id.</param>
internal sealed record AddonProblem(string Kind, CheckStatus Severity, string What, string Fix);
