using Gatehouse.HaConfig;

namespace Gatehouse.Checks.Catalog;

/// <summary>
/// admins: who can change everything. Warn when more than <see cref="MaxAdmins"/> people are administrators;
/// fail when everyone is, in a household of <see cref="MinPeopleForAllAdminsFail"/> or more.
/// </summary>
internal sealed class AdminsCheck(HaConfigSnapshot config) : ConfigFolderCheck(config)
{
    public const string CheckId = "admins";
    public const int MaxAdmins = 2;
    public const int MinPeopleForAllAdminsFail = 3;

    public override string Id => CheckId;

    public override string Title => "Administrators";

    protected override CheckResult Run(CancellationToken cancellationToken)
    {
        var (people, unavailable) = PeopleReader.Read(Config, this);
        if (people is null)
        {
            return unavailable!;
        }
        var admins = people.Where(p => p.IsAdmin).OrderByDescending(p => p.IsOwner).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        var others = people.Count - admins.Count;
        var details = admins.Select(a => $"{a.Name} ({a.Role})")
            .Concat(others == 0 ? [] : [$"{others} other {(others == 1 ? "person" : "people")} without admin rights"]);
        const string remediation = "Settings > People: open each person who does not need to change HA's setup and turn off 'Administrator'. They keep their dashboards and the app.";
        // Every administrator besides the owner is a risk the owner knowingly takes (or accepts): a new one is news.
        var findings = admins.Where(a => !a.IsOwner)
            .Select(a => this.Finding("user", a.Id, CheckStatus.Warn, $"{a.Name} is an administrator", remediation)).ToList();
        if (admins.Count > MaxAdmins && admins.Count == people.Count && people.Count >= MinPeopleForAllAdminsFail)
        {
            return this.Fail($"All {people.Count} people are administrators: any one account taken over can change everything.", details, remediation).WithFindings(findings);
        }
        if (admins.Count > MaxAdmins)
        {
            return this.Warn($"{admins.Count} of {people.Count} people are administrators; {MaxAdmins} or fewer is safer.", details, remediation).WithFindings(findings);
        }
        return this.Pass($"{admins.Count} of {people.Count} people {(admins.Count == 1 ? "is an administrator" : "are administrators")}.", details).WithFindings(findings);
    }
}
