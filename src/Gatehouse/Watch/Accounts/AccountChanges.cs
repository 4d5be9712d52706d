using Gatehouse.Checks;
using Gatehouse.Checks.Catalog;

namespace Gatehouse.Watch.Accounts;

/// <summary>
/// What an account change means for the home's safety, from the users before and after: a new user, a user made
/// administrator, a new owner. Removals, renames and deactivations make nothing less safe. A change about an
/// administrator carries the admins check's finding id, so the next check run does not announce it again.
/// </summary>
internal static class AccountChanges
{
    public const string CheckId = "accounts";

    private const string Fix = "If you did not do this, open Settings > People at once: remove the account or turn off 'Administrator', then change your own password and look at Settings > System > Logs: someone may have got in.";

    public static IReadOnlyList<WatchChange> Worse(IReadOnlyList<Account> before, IReadOnlyList<Account> after)
    {
        var known = before.DistinctBy(a => a.Id).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var changes = new List<WatchChange>();
        foreach (var account in after.DistinctBy(a => a.Id))
        {
            var name = Quoted(account.Name);
            if (!known.TryGetValue(account.Id, out var was))
            {
                var what = account.IsSystem ? "system account (made by an integration)" : "user";
                changes.Add(new WatchChange(Id(account), $"New {what} {name} ({account.Role})", Fix));
            }
            else if (account.IsOwner && !was.IsOwner)
            {
                var previous = before.FirstOrDefault(a => a.IsOwner)?.Name;
                changes.Add(new WatchChange(FindingIds.Of(AdminsCheck.CheckId, "owner", account.Id), $"{name} is now the owner{(previous is null ? "" : $" (was {Quoted(previous)})")}", Fix));
            }
            else if (account.IsAdmin && !was.IsAdmin)
            {
                changes.Add(new WatchChange(Id(account), $"{name} is now an administrator", Fix));
            }
        }
        return changes;
    }

    private static string Id(Account account) =>
        account.IsAdmin ? FindingIds.Of(AdminsCheck.CheckId, "user", account.Id) : FindingIds.Of(CheckId, "user_added", account.Id);

    /// <summary>A name is whatever the account's creator typed: printed plainly and cut short.</summary>
    private static string Quoted(string name)
    {
        var clean = Logging.PrintableText.Clean(name.Trim());
        return clean.Length <= 60 ? clean : clean[..59] + "…";
    }
}
