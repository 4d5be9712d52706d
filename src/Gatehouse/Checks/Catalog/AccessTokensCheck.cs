using System.Globalization;
using System.Net;
using Gatehouse.Checks.Access;
using Gatehouse.HaConfig;
using Gatehouse.HaConfig.Storage;
using Gatehouse.Options;

namespace Gatehouse.Checks.Catalog;

/// <summary>
/// access_tokens: long-lived access tokens open HA to whoever holds them, without password or second step, until
/// revoked. From <c>.storage/auth</c> (metadata only: the token values are never read): fail for a token last used
/// from an internet address the owner has not listed in <c>known_networks</c>, and for a token of a user whose groups
/// hide the administrator rights HA gives them (<see cref="HiddenAdminRights"/>); warn for one unused for
/// <see cref="UnusedAfter"/> or older than <see cref="OldAfter"/>.
/// </summary>
internal sealed class AccessTokensCheck(HaConfigSnapshot config, GatehouseOptions options, TimeProvider time) : ConfigFolderCheck(config)
{
    public const string CheckId = "access_tokens";

    public static readonly TimeSpan UnusedAfter = TimeSpan.FromDays(90);
    public static readonly TimeSpan OldAfter = TimeSpan.FromDays(365);

    public override string Id => CheckId;

    public override string Title => "Long-lived access tokens";

    protected override CheckResult Run(CancellationToken cancellationToken)
    {
        var tokens = Config.LongLivedTokens;
        if (tokens.Problem is { } problem)
        {
            return Unreadable(problem);
        }
        if (tokens.Missing)
        {
            return PeopleReader.NoAuthFile(this);
        }
        if (tokens.Value!.Count == 0)
        {
            return this.Pass("No long-lived access tokens exist.");
        }
        var users = new Dictionary<string, HaUser>(StringComparer.Ordinal);
        foreach (var user in Config.Users.Value!)
        {
            users.TryAdd(user.Id, user);
        }
        var now = time.GetUtcNow();
        var verdicts = tokens.Value
            .Select(token => Judge(token, users.GetValueOrDefault(token.UserId), now))
            .OrderByDescending(v => v.Status)
            .ThenBy(v => v.Owner, StringComparer.Ordinal)
            .ToList();
        var details = verdicts.Select(v => Describe(v.Token, v.Owner) + (v.Reason is { } reason ? $": {reason}" : "")).ToList();
        var flagged = verdicts.Where(v => v.Status != CheckStatus.Pass).ToList();
        // Every token is a finding (a new one is news to the watch); those with a problem say how to revoke them.
        var findings = verdicts.Select(v => this.Finding("token", v.Token.Id.Length > 0 ? v.Token.Id : $"{v.Token.UserId}/{v.Token.Name}", v.Status,
            $"{v.Owner}'s long-lived access token '{v.Token.Name}'{(v.Reason is { } reason ? $" was {reason}" : " exists")}",
            v.Status == CheckStatus.Pass ? ""
            : v.HiddenRights is null ? $"{v.Owner} deletes '{v.Token.Name}' under profile > Security > Long-lived access tokens."
            : $"{v.Owner}: {v.Fix} (tokens are deleted under profile > Security > Long-lived access tokens).")).ToList();
        if (flagged.Count == 0)
        {
            return this.Pass($"{Count(verdicts.Count)} in use, none used from the internet.", details).WithFindings(findings);
        }
        var remediation = "Each person named logs in, opens their profile (their name at the bottom left) > Security > Long-lived access tokens, and deletes the token named (a token still needed: create a new one and replace it where it is used). "
            + string.Join(" ", flagged.Select(f => $"{f.Owner}: {f.Fix}."));
        var internet = flagged.Count(f => f.FromInternet is not null);
        var hidden = flagged.Count(f => f.HiddenRights is not null);
        string[] failures =
        [
            .. internet == 0 ? Array.Empty<string>() : [$"{Count(internet)} {(internet == 1 ? "was" : "were")} last used from an internet address: whoever holds {(internet == 1 ? "it" : "them")} controls HA without a password."],
            .. hidden == 0 ? Array.Empty<string>() : [$"{Count(hidden)} {(hidden == 1 ? "has" : "have")} administrator rights that {(hidden == 1 ? "its user's group does" : "their users' groups do")} not show: whoever holds {(hidden == 1 ? "it" : "them")} can change everything in HA."],
        ];
        return failures.Length > 0
            ? this.Fail(string.Join(" ", failures), details, remediation).WithFindings(findings)
            : this.Warn($"{Count(flagged.Count)} {(flagged.Count == 1 ? "is" : "are")} unused or old: a forgotten token still opens HA to whoever holds it.", details, remediation).WithFindings(findings);
    }

    /// <summary>
    /// What is wrong with one token: each reason to fail (used from the internet, rights beyond its user's groups),
    /// else at most one reason to warn.
    /// </summary>
    private sealed record Verdict(LongLivedToken Token, string Owner, string? FromInternet, string? HiddenRights, string? Warning, string Fix)
    {
        public CheckStatus Status => FromInternet is not null || HiddenRights is not null ? CheckStatus.Fail : Warning is not null ? CheckStatus.Warn : CheckStatus.Pass;

        public string? Reason => Status == CheckStatus.Fail ? string.Join(" and ", new[] { FromInternet, HiddenRights }.OfType<string>()) : Warning;
    }

    private static string Count(int count) => $"{count} long-lived access token{(count == 1 ? "" : "s")}";

    /// <summary>The owner's own networks (known_networks): a token used from one of them is the owner's own doing.</summary>
    private readonly IPNetwork[] _known = [.. options.KnownNetworks.Select(NetworkRange.Parse).OfType<NetworkRange>().Select(r => r.Network)];

    private Verdict Judge(LongLivedToken token, HaUser? user, DateTimeOffset now)
    {
        var fromInternet = Address(token) is { } address && IsInternet(address) && !_known.Any(n => n.Contains(address))
            ? $"last used from the internet address {address}"
            : null;
        var hiddenRights = user is null ? null : HiddenAdminRights.Of(user) is { } rights ? $"given {rights}" : null;
        var fix = hiddenRights is null ? $"delete '{token.Name}'" : HiddenAdminRights.Fix(user!, token.Name);
        return new(token, user?.Name ?? "a removed user", fromInternet, hiddenRights, Warning(token, now), fix);
    }

    private static string? Warning(LongLivedToken token, DateTimeOffset now)
    {
        var lastSeen = token.LastUsedAt ?? token.CreatedAt;
        if (lastSeen is { } seen && now - seen > UnusedAfter)
        {
            return $"{(token.LastUsedAt is null ? "never used" : "unused")} for {(int)(now - seen).TotalDays} days";
        }
        if (token.CreatedAt is { } created && now - created > OldAfter)
        {
            return $"{(int)(now - created).TotalDays / 365} year{((int)(now - created).TotalDays / 365 == 1 ? "" : "s")} old";
        }
        return null;
    }

    /// <summary>The address as parsed (the file's text is never echoed); an IPv4 address HA saw over IPv6 as plain IPv4.</summary>
    private static IPAddress? Address(LongLivedToken token) =>
        IPAddress.TryParse(token.LastUsedIp, out var address) ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address) : null;

    private static bool IsInternet(IPAddress address) => NetworkRange.Parse(address.ToString()) is { IsPrivate: false, IsSupervisorNetwork: false };

    private static string Describe(LongLivedToken token, string owner) =>
        $"'{token.Name}' of {owner}, created {Day(token.CreatedAt)}, "
        + (token.LastUsedAt is { } used ? $"last used {Day(used)}{(Address(token) is { } ip ? $" from {ip}" : "")}" : "never used");

    private static string Day(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "on an unknown date";
}
