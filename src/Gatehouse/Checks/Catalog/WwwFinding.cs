namespace Gatehouse.Checks.Catalog;

/// <summary>What a public file under www/ is (<see cref="Kind"/>), and whether its exposure fails the check or only warns.</summary>
internal sealed record WwwFinding(string Kind, bool Severe);
