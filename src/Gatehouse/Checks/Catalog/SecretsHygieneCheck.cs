using System.Text;
using System.Text.RegularExpressions;
using Gatehouse.HaConfig;
using Gatehouse.HaConfig.Yaml;

namespace Gatehouse.Checks.Catalog;

/// <summary>
/// secrets_hygiene: passwords, tokens and keys written straight into the YAML HA loads, instead of
/// <c>!secret name</c> (kept in secrets.yaml). Findings name file, line and key only, never the value.
/// Also warns when the folder is a git repository whose .gitignore does not keep secrets.yaml out.
/// </summary>
internal sealed partial class SecretsHygieneCheck(HaConfigSnapshot config) : ConfigFolderCheck(config)
{
    public const string CheckId = "secrets_hygiene";

    /// <summary>A .gitignore is a few lines; more than this is not one a person wrote.</summary>
    private const long MaxGitignoreBytes = 1024 * 1024;

    public override string Id => CheckId;

    public override string Title => "Passwords written inline in YAML";

    protected override CheckResult Run(CancellationToken cancellationToken)
    {
        var document = Config.Yaml;
        if (document.Root is not { } root)
        {
            return Unreadable(HaConfigSnapshot.Describe(document.Problem!));
        }
        var found = YamlWalker.Entries(root)
            .Select(entry => (entry, what: Finding(entry)))
            .Where(f => f.what is not null)
            .OrderBy(f => f.entry.Value.Mark.File, StringComparer.Ordinal)
            .ThenBy(f => f.entry.Value.Mark.Line)
            .DistinctBy(f => $"{f.entry.Value.Mark} {f.entry.Key}")
            .ToList();
        var findings = found.Select(f => $"{f.entry.Value.Mark} {f.entry.Key}: {f.what}").ToList();
        if (findings.Count > 0)
        {
            const string remediation = "Move each value named into secrets.yaml (a line such as my_password: the-value) and write !secret my_password in its place, then restart HA. Change any password that has been shared or backed up in the clear.";
            // Lines move when the file is edited; file and key (numbered when repeated) stay.
            var inline = found
                .GroupBy(f => $"{f.entry.Value.Mark.File}:{f.entry.Key}", StringComparer.Ordinal)
                .SelectMany(g => g.Select((f, i) => this.Finding("inline", i == 0 ? g.Key : $"{g.Key}#{i + 1}", CheckStatus.Fail, $"{f.entry.Value.Mark} {f.entry.Key}: {f.what}", remediation)));
            return this.Fail(
                $"{findings.Count} password{(findings.Count == 1 ? "," : "s,")} token{(findings.Count == 1 ? "" : "s")} or key{(findings.Count == 1 ? " is" : "s are")} written straight into YAML: anyone shown or sent that file sees {(findings.Count == 1 ? "it" : "them")}.",
                findings,
                remediation).WithFindings(inline);
        }
        var files = document.Files.Count;
        if (GitExposesSecrets())
        {
            return this.Warn(
                "The config folder is a git repository whose .gitignore does not list secrets.yaml: pushing it publishes every secret.",
                [$"{files} YAML files checked; no inline secrets"],
                "Add a line secrets.yaml to .gitignore in the config folder; if it was ever committed, change those passwords.");
        }
        return this.Pass($"No passwords or keys are written inline in the {files} YAML file{(files == 1 ? "" : "s")} HA loads.");
    }

    private static string? Finding(YamlEntry entry)
    {
        if (entry.Value is not YamlScalar { IsNull: false } scalar || IsTemplate(scalar.Value))
        {
            return null;
        }
        if (CredentialsInUrl().IsMatch(scalar.Value))
        {
            return "a URL with a password in it";
        }
        if (KeyInUrlQuery().IsMatch(scalar.Value))
        {
            return "a URL with a key or token in it";
        }
        return SensitiveKey().IsMatch(entry.Key) && scalar.Value.Trim().Length >= 3 && scalar.AsBool() is null ? "written inline" : null;
    }

    private static bool IsTemplate(string value) => value.Contains("{{", StringComparison.Ordinal) || value.Contains("{%", StringComparison.Ordinal);

    /// <summary>The .gitignore may be anything another program wrote: it is read through the folder's read gate, and one that cannot be read keeps nothing out.</summary>
    private bool GitExposesSecrets()
    {
        var root = Config.Folder.Root;
        if (!Directory.Exists(Path.Combine(root, ".git")) || !Path.Exists(Path.Combine(root, HaYamlTags.SecretsFile)))
        {
            return false;
        }
        var ignore = Config.Folder.Read(".gitignore", MaxGitignoreBytes, Config.Budget);
        return ignore.Bytes is not { } bytes
            || !Encoding.UTF8.GetString(bytes).Split('\n').Any(line => line.Trim().TrimStart('/') is HaYamlTags.SecretsFile or "*.yaml" or "secrets.*");
    }

    // Keys HA integrations use for credentials: exact names and *_password, *_token, *_secret, *_api_key, and HTTP
    // headers (Authorization, X-Api-Key) of rest and rest_command.
    [GeneratedRegex("^(password|passwd|passphrase|pass|pin|code|token|secret|api[_-]?key|authorization|(.+[_-])?(password|passwd|passphrase|token|secret|api[_-]?key|private_key|access_key|secret_key|auth_key|app_key|encryption_key))$", RegexOptions.IgnoreCase)]
    private static partial Regex SensitiveKey();

    // scheme://user:password@host (camera streams, database URLs).
    [GeneratedRegex("^[a-z][a-z0-9+.-]*://[^/\\s:@]+:[^/\\s@]+@", RegexOptions.IgnoreCase)]
    private static partial Regex CredentialsInUrl();

    // A provider's key in the query of a rest resource: ?api_key=…, &token=…, &access_token=…, &appid=…
    [GeneratedRegex("^[a-z][a-z0-9+.-]*://[^?\\s]*\\?(.*&)?(api_?key|apikey|appid|key|token|access_token|auth|password|secret)=[^&#\\s]{6,}", RegexOptions.IgnoreCase)]
    private static partial Regex KeyInUrlQuery();
}
