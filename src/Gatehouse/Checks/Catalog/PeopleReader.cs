using Gatehouse.HaConfig;
using Gatehouse.HaConfig.Storage;

namespace Gatehouse.Checks.Catalog;

/// <summary>The people who can log in (active, not HA's system users), or the unavailable result saying why not.</summary>
internal static class PeopleReader
{
    /// <summary>The unavailable result when .storage/auth is not there at all.</summary>
    public static CheckResult NoAuthFile(ISecurityCheck check) => check.Unavailable(
        $"{HaConfigFolder.StorageFolder}/{AuthStorage.Key} is not in the config folder",
        "Point Gatehouse at HA's config folder (the one holding configuration.yaml and .storage); HA creates .storage/auth when it is set up.");

    public static (IReadOnlyList<HaUser>? People, CheckResult? Unavailable) Read(HaConfigSnapshot config, ISecurityCheck check)
    {
        var users = config.Users;
        if (users.Problem is { } problem)
        {
            return (null, check.Unavailable(problem, "Run the checks again in a minute; if it persists, restore .storage/auth from a backup."));
        }
        if (users.Missing)
        {
            return (null, NoAuthFile(check));
        }
        var people = users.Value!.Where(u => u.IsPerson).ToList();
        return people.Count == 0
            ? (null, check.Unavailable("no person can log in yet (only HA's own system users exist)", "Finish HA's onboarding, then run the checks again."))
            : (people, null);
    }
}
