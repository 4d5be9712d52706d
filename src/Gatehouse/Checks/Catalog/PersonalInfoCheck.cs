using Gatehouse.HaConfig;
using Gatehouse.HaConfig.Settings;
using Gatehouse.Options;

namespace Gatehouse.Checks.Catalog;

/// <summary>
/// personal_info: what the instance tells about the household. The external URL is a public DNS name, so a
/// personal term (surname, street) in it fails; in the instance name or internal URL it warns. Home coordinates
/// kept to more than <see cref="MaxDecimals"/> decimals (about 11 m) warn: the home zone needs no more.
/// Terms are named by their position in personal_terms, so this check never repeats them itself.
/// </summary>
internal sealed class PersonalInfoCheck(HaConfigSnapshot config, GatehouseOptions options) : ConfigFolderCheck(config)
{
    public const string CheckId = "personal_info";
    public const int MaxDecimals = 4;

    public override string Id => CheckId;

    public override string Title => "Personal details in names, addresses and location";

    protected override CheckResult Run(CancellationToken cancellationToken)
    {
        var read = Config.Core;
        if (read.Missing)
        {
            return this.Unavailable(
                $"neither {HaConfigFolder.StorageFolder}/{CoreSettingsReader.StorageKey} nor configuration.yaml holds the instance's name, location or URLs",
                "Point Gatehouse at HA's config folder; HA writes .storage/core.config when it is set up.");
        }
        if (read.Value is not { } core)
        {
            return Unreadable(read.Problem!);
        }
        const string remediation = "Settings > System > General: give the instance a neutral name and round the location to 4 decimals. Settings > System > Network: pick an external address without your name or street (a new DuckDNS or Nabu Casa name).";
        var inPublicUrl = Matches("the external URL", core.ExternalUrl).ToList();
        var warnings = Matches("the instance name", core.Name).Concat(Matches("the internal URL", core.InternalUrl)).ToList();
        var decimals = Math.Max(Decimals(core.Latitude), Decimals(core.Longitude));
        if (decimals > MaxDecimals)
        {
            warnings.Add(($"The home location is stored to {decimals} decimals (within a few centimetres); {MaxDecimals} (about 11 m) is enough for the home zone", "location"));
        }
        var findings = inPublicUrl.Select(m => this.Finding("field", m.Subject, CheckStatus.Fail, m.Text, remediation))
            .Concat(warnings.Select(m => this.Finding("field", m.Subject, CheckStatus.Warn, m.Text, remediation)));
        List<string> details = [.. inPublicUrl.Select(m => m.Text), .. warnings.Select(m => m.Text), $"Read from {core.Source}"];
        if (options.PersonalTerms.Count == 0)
        {
            details.Add("No personal_terms are set, so names and URLs were not searched: add your surname or street to the add-on's options");
        }
        if (inPublicUrl.Count > 0)
        {
            return this.Fail("Your public address names you: anyone can find the HA by searching for your name, and anyone who sees the address learns it.", details, remediation).WithFindings(findings);
        }
        return warnings.Count > 0
            ? this.Warn("The instance tells more about your household than it needs to.", details, remediation).WithFindings(findings)
            : this.Pass("The instance name, addresses and location give nothing personal away.", details);
    }

    /// <summary>Each personal term found in a field; the subject (<c>external_url#2</c>) names the field and the term's position, never the term.</summary>
    private IEnumerable<(string Text, string Subject)> Matches(string field, string? value) =>
        value is null
            ? []
            : options.PersonalTerms
                .Select((term, index) => (term, index))
                .Where(t => value.Contains(t.term, StringComparison.OrdinalIgnoreCase))
                .Select(t => ($"{char.ToUpperInvariant(field[0])}{field[1..]} contains personal term #{t.index + 1} of your personal_terms", $"{field.Replace("the ", "", StringComparison.Ordinal).Replace(' ', '_')}#{t.index + 1}"));

    /// <summary>Digits after the decimal point, as written (52.3731 has 4).</summary>
    private static int Decimals(string? number)
    {
        var dot = number?.IndexOf('.') ?? -1;
        return dot < 0 ? 0 : number![(dot + 1)..].TakeWhile(char.IsAsciiDigit).Count();
    }
}
