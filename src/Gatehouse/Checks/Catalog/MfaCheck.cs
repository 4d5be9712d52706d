using Gatehouse.HaConfig;
using Gatehouse.HaConfig.Storage;

namespace Gatehouse.Checks.Catalog;

/// <summary>
/// mfa: every person who can log in has a second step (authenticator app or notify code). No API tells this for
/// other users (ha-core.md §4.3), so it reads .storage/auth and the module files, taking only user ids from them.
/// </summary>
internal sealed class MfaCheck(HaConfigSnapshot config) : ConfigFolderCheck(config)
{
    public const string CheckId = "mfa";

    public override string Id => CheckId;

    public override string Title => "Two-step login (MFA) for every user";

    protected override CheckResult Run(CancellationToken cancellationToken)
    {
        var (people, unavailable) = PeopleReader.Read(Config, this);
        if (people is null)
        {
            return unavailable!;
        }
        var enrolled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, _) in MfaStorage.Modules)
        {
            var read = Config.Enrolment(key);
            if (read.Problem is { } problem)
            {
                return Unreadable(problem);
            }
            enrolled.UnionWith(read.Value ?? new HashSet<string>());
        }

        var without = people.Where(p => !enrolled.Contains(p.Id)).ToList();
        if (without.Count == 0)
        {
            return this.Pass($"All {people.Count} people who can log in use two-step login.", people.Select(p => $"{p.Name} ({p.Role}): two-step login on"));
        }
        var details = without.Select(p => $"{p.Name} ({p.Role}): password only");
        const string remediation = "Each person named logs in, opens their profile (their name at the bottom left) > Security > Multi-factor authentication modules > Authenticator app > Enable, and scans the code with an authenticator app.";
        var findings = without.Select(p => this.Finding("user", p.Id, p.IsAdmin ? CheckStatus.Fail : CheckStatus.Warn, $"{p.Name} ({p.Role}) logs in with a password only", remediation));
        var summary = $"{without.Count} of {people.Count} people log in with a password alone";
        return without.Any(p => p.IsAdmin)
            ? this.Fail(summary + ", including an administrator: a guessed or leaked password opens everything.", details, remediation).WithFindings(findings)
            : this.Warn(summary + ".", details, remediation).WithFindings(findings);
    }
}
