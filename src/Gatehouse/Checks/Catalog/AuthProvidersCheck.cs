using Gatehouse.HaConfig;
using Gatehouse.HaConfig.Yaml;
using Gatehouse.Options;

namespace Gatehouse.Checks.Catalog;

/// <summary>
/// auth_providers: the <c>homeassistant: auth_providers:</c> list (ha-core.md §4.5). legacy_api_password leftovers
/// fail; trusted_networks covering internet addresses fail; <c>allow_bypass_login</c> warns (no password, no MFA).
/// </summary>
internal sealed class AuthProvidersCheck(HaConfigSnapshot config) : ConfigFolderCheck(config)
{
    public const string CheckId = "auth_providers";

    public override string Id => CheckId;

    public override string Title => "Login methods";

    protected override CheckResult Run(CancellationToken cancellationToken)
    {
        var read = Config.Configuration;
        if (read.Value is not { } configuration)
        {
            return Unreadable(read.Problem!);
        }
        var providers = configuration.Core?["auth_providers"] is YamlList list ? list.Items.OfType<YamlMap>().ToList() : [];
        var legacy = providers.Where(p => Type(p) == "legacy_api_password").Select(p => $"{p.Mark}: legacy_api_password login")
            .Concat(configuration.Sections("http").Select(s => s.Value).OfType<YamlMap>().Where(h => h["api_password"] is not null).Select(h => $"{h.Entry("api_password")!.KeyMark}: http api_password"))
            .ToList();
        var trusted = providers.Where(p => Type(p) == "trusted_networks").ToList();
        var open = trusted.SelectMany(p => Networks(p).Where(n => n.Range is not { IsPrivate: true }).Select(n => $"{p.Mark}: trusted network {n.Text} includes internet addresses (or cannot be read)")).ToList();
        var bypass = trusted.Where(p => (p["allow_bypass_login"] as YamlScalar)?.AsBool() == true).Select(p => $"{p.Entry("allow_bypass_login")!.KeyMark}: allow_bypass_login lets anyone on those networks in without a password").ToList();
        List<string> details = [.. legacy, .. open, .. bypass];
        const string FailFix = "In configuration.yaml, under homeassistant: auth_providers:, remove the legacy_api_password entry (and any api_password under http:), and list only your home network under trusted_networks. Restart HA.";
        const string BypassFix = "Remove allow_bypass_login: true from the trusted_networks provider in configuration.yaml (people then pick their account, still without a password), or remove the provider. Restart HA.";
        // Ids name what is configured, not where: line numbers move when the file is edited.
        var findings = legacy.Select(_ => this.Finding("legacy_password", "configuration", CheckStatus.Fail, "An old shared API password is configured", FailFix))
            .Concat(trusted.SelectMany(Networks).Where(n => n.Range is not { IsPrivate: true })
                .Select(n => this.Finding("trusted_network", n.Text, CheckStatus.Fail, $"Logins from {n.Text} are trusted without a password", FailFix)))
            .Concat(bypass.Select(_ => this.Finding("bypass_login", "trusted_networks", CheckStatus.Warn, "allow_bypass_login lets anyone on a trusted network in without a password", BypassFix)));
        if (legacy.Count > 0 || open.Count > 0)
        {
            return this.Fail(
                legacy.Count > 0 ? "An old shared API password is still configured: HA no longer supports it and it may let anyone who knows it in." : "Logins from internet addresses are trusted without a password.",
                details,
                FailFix).WithFindings(findings);
        }
        if (bypass.Count > 0)
        {
            return this.Warn("Anyone on a trusted network logs in without a password or two-step login.", details, BypassFix).WithFindings(findings);
        }
        return this.Pass(
            trusted.Count > 0 ? "Trusted networks are limited to private addresses (logins from them skip two-step login)." : "Only HA's own username-and-password login is configured.",
            trusted.SelectMany(Networks).Select(n => $"Trusted network: {n.Text}"));
    }

    private static string? Type(YamlMap provider) => (provider["type"] as YamlScalar)?.Value;

    private static IEnumerable<(string Text, NetworkRange? Range)> Networks(YamlMap provider) =>
        (provider["trusted_networks"] switch
        {
            YamlList list => list.Items.Select(i => i is YamlScalar s ? s.Value : "(not an address)"),
            YamlScalar scalar => [scalar.Value],
            _ => [],
        }).Select(text => (text, NetworkRange.Parse(text)));
}
