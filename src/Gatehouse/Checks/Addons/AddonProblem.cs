namespace Gatehouse.Checks.Addons;

/// <summary>One thing an add-on may do that it should not, and what the owner changes about it.</summary>
internal sealed record AddonProblem(CheckStatus Severity, string What, string Fix);
