using System.Globalization;
using System.Net;
using Gatehouse.HaConfig;
using Gatehouse.HaConfig.Storage;
using Gatehouse.Options;

namespace Gatehouse.Checks.Catalog;

/// <summary>
/// access_tokens: long-lived access tokens open HA to whoever holds them, without password or second step, until
/// revoked. From <c>.storage/auth</c> (metadata only: the token values are never read): fail for a token last used
/// from an internet address the owner has not listed in <c>known_networks</c>; warn for one unused for
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
        var names = Config.Users.Value!.ToDictionary(u => u.Id, u => u.Name, StringComparer.Ordinal);
        var now = time.GetUtcNow();
        var verdicts = tokens.Value
            .Select(token => (token, owner: names.GetValueOrDefault(token.UserId, "a removed user"), problem: Problem(token, now)))
            .OrderByDescending(v => v.problem.Status)
            .ThenBy(v => v.owner, StringComparer.Ordinal)
            .ToList();
        var details = verdicts.Select(v => Describe(v.token, v.owner) + (v.problem.Reason is { } reason ? $": {reason}" : "")).ToList();
        var flagged = verdicts.Where(v => v.problem.Status != CheckStatus.Pass).ToList();
        // Every token is a finding (a new one is news to the watch); those with a problem say how to revoke them.
        var findings = verdicts.Select(v => this.Finding("token", v.token.Id.Length > 0 ? v.token.Id : $"{v.token.UserId}/{v.token.Name}", v.problem.Status,
            $"{v.owner}'s long-lived access token '{v.token.Name}'{(v.problem.Reason is { } reason ? $" was {reason}" : " exists")}",
            v.problem.Status == CheckStatus.Pass ? "" : $"{v.owner} deletes '{v.token.Name}' under profile > Security > Long-lived access tokens.")).ToList();
        if (flagged.Count == 0)
        {
            return this.Pass($"{Count(verdicts.Count)} in use, none used from the internet.", details).WithFindings(findings);
        }
        var remediation = "Each person named logs in, opens their profile (their name at the bottom left) > Security > Long-lived access tokens, and deletes the token named (a token still needed: create a new one and replace it where it is used). "
            + string.Join(" ", flagged.Select(f => $"{f.owner}: delete '{f.token.Name}'."));
        var internet = flagged.Count(f => f.problem.Status == CheckStatus.Fail);
        return internet > 0
            ? this.Fail($"{Count(internet)} {(internet == 1 ? "was" : "were")} last used from an internet address: whoever holds {(internet == 1 ? "it" : "them")} controls HA without a password.", details, remediation).WithFindings(findings)
            : this.Warn($"{Count(flagged.Count)} {(flagged.Count == 1 ? "is" : "are")} unused or old: a forgotten token still opens HA to whoever holds it.", details, remediation).WithFindings(findings);
    }

    private static string Count(int count) => $"{count} long-lived access token{(count == 1 ? "" : "s")}";

    /// <summary>The owner's own networks (known_networks): a token used from one of them is the owner's own doing.</summary>
    private readonly IPNetwork[] _known = [.. options.KnownNetworks.Select(NetworkRange.Parse).OfType<NetworkRange>().Select(r => r.Network)];

    private (CheckStatus Status, string? Reason) Problem(LongLivedToken token, DateTimeOffset now)
    {
        if (Address(token) is { } address && IsInternet(address) && !_known.Any(n => n.Contains(address)))
        {
            return (CheckStatus.Fail, $"last used from the internet address {address}");
        }
        var lastSeen = token.LastUsedAt ?? token.CreatedAt;
        if (lastSeen is { } seen && now - seen > UnusedAfter)
        {
            return (CheckStatus.Warn, $"{(token.LastUsedAt is null ? "never used" : "unused")} for {(int)(now - seen).TotalDays} days");
        }
        if (token.CreatedAt is { } created && now - created > OldAfter)
        {
            return (CheckStatus.Warn, $"{(int)(now - created).TotalDays / 365} year{((int)(now - created).TotalDays / 365 == 1 ? "" : "s")} old");
        }
        return (CheckStatus.Pass, null);
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
