using Gatehouse.HaConfig;

namespace Gatehouse.Checks.Catalog;

/// <summary>
/// www_exposure: everything under www/ is served at /local/ without a login (ha-core.md §5). Lists the files that
/// should not be public: configuration, databases, backups, keys, logs, .storage copies (fail); documents and
/// photos (warn). Only names are read; linked folders are not entered.
/// </summary>
internal sealed class WwwExposureCheck(HaConfigSnapshot config) : ConfigFolderCheck(config)
{
    public const string CheckId = "www_exposure";

    /// <summary>A www folder this large is not a dashboard's assets; the listing stops and says so.</summary>
    public const int MaxEntries = 200_000;

    // Nothing skipped: a folder we may not list makes the check unavailable rather than silently passing.
    private static readonly EnumerationOptions Listing = new() { IgnoreInaccessible = false, AttributesToSkip = 0, RecurseSubdirectories = false };

    public override string Id => CheckId;

    public override string Title => "Private files in the public www folder";

    protected override CheckResult Run(CancellationToken cancellationToken)
    {
        var path = Path.Combine(Config.Folder.Root, HaConfigFolder.WwwFolder);
        if (!Path.Exists(path))
        {
            // A folder that is not HA's config folder (a wrong --config-dir) has no www either: that is no pass.
            return File.Exists(Path.Combine(Config.Folder.Root, HaConfigFolder.ConfigurationFile))
                ? this.Pass("There is no www folder, so HA serves no files at /local/.")
                : this.Unavailable($"{HaConfigFolder.ConfigurationFile} is not in {Config.Folder.Root}, so this is not Home Assistant's config folder",
                    "Point Gatehouse at the folder that holds configuration.yaml.");
        }
        if (Config.Folder.ResolveInside(path) is not { } inside)
        {
            return this.Unavailable(
                "www is a link to a folder outside the config folder, and Gatehouse lists only inside it",
                "Make www a real folder inside the config folder holding only dashboard images, icons and card code: HA serves everything the link leads to at /local/ without a login.");
        }
        var www = new DirectoryInfo(inside);
        if (!www.Exists)
        {
            return this.Pass("There is no www folder (only a file of that name), so HA serves no files at /local/.");
        }
        var findings = new List<(string Path, WwwFinding Finding)>();
        var seen = 0;
        var folders = new Stack<(DirectoryInfo Folder, string Relative)>();
        folders.Push((www, ""));
        try
        {
            while (folders.TryPop(out var current) && seen < MaxEntries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var entry in current.Folder.EnumerateFileSystemInfos("*", Listing))
                {
                    if (++seen > MaxEntries)
                    {
                        break;
                    }
                    var relative = current.Relative + entry.Name;
                    if (entry is DirectoryInfo folder)
                    {
                        if (folder.LinkTarget is null)
                        {
                            folders.Push((folder, relative + "/"));
                        }
                        continue;
                    }
                    if (WwwFileRules.Judge(relative) is { } finding)
                    {
                        findings.Add(($"{HaConfigFolder.WwwFolder}/{relative}", finding));
                    }
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return this.Unavailable($"the www folder cannot be listed ({exception.Message})", "Check that Gatehouse may read the config folder.");
        }
        return Judge(findings, seen > MaxEntries);
    }

    private CheckResult Judge(List<(string Path, WwwFinding Finding)> findings, bool truncated)
    {
        var details = findings
            .OrderByDescending(f => f.Finding.Severe)
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => $"{f.Path}: {f.Finding.Kind}")
            .ToList();
        if (truncated)
        {
            details.Insert(0, $"Only the first {MaxEntries} entries of www were looked at");
        }
        const string remediation = "Move the files named out of the www folder (for example into a folder beside it): anyone who can reach your HA can download what is in www at /local/<name>, without logging in. Keep only dashboard images, icons and card code there.";
        var files = findings.Select(f => this.Finding("file", f.Path, f.Finding.Severe ? CheckStatus.Fail : CheckStatus.Warn, $"{f.Path} ({f.Finding.Kind}) can be downloaded without a login", remediation)).ToList();
        var severe = findings.Count(f => f.Finding.Severe);
        if (severe > 0)
        {
            return this.Fail($"{severe} private file{(severe == 1 ? " is" : "s are")} in www, where anyone can download {(severe == 1 ? "it" : "them")} without logging in.", details, remediation).WithFindings(files);
        }
        if (findings.Count > 0)
        {
            return this.Warn($"{findings.Count} document{(findings.Count == 1 ? "" : "s")} or photo{(findings.Count == 1 ? " is" : "s are")} in www, public without a login.", details, remediation).WithFindings(files);
        }
        return truncated
            ? this.Warn("The www folder is too large to list completely; nothing risky was found in the part looked at.", details, "Remove what dashboards do not use from www.")
            : this.Pass("Nothing private was found in www (served at /local/ without a login).");
    }
}
