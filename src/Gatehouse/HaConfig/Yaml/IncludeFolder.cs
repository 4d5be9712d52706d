namespace Gatehouse.HaConfig.Yaml;

/// <summary>
/// The include-dir tags: which files a folder contributes (HA's <c>_find_files</c>: every <c>*.yaml</c> below it,
/// hidden names skipped, secrets.yaml skipped) and how their contents combine.
/// </summary>
internal static class IncludeFolder
{
    public static IEnumerable<string> Files(string folder)
    {
        if (!Directory.Exists(folder))
        {
            // os.walk of a missing folder yields nothing: HA loads an empty list or mapping.
            yield break;
        }
        foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            if (!file!.StartsWith('.') && file != HaYamlTags.SecretsFile)
            {
                yield return Path.Combine(folder, file);
            }
        }
        // os.walk does not descend into linked folders; neither do we.
        var subfolders = Directory.EnumerateDirectories(folder)
            .Where(d => !Path.GetFileName(d).StartsWith('.') && new DirectoryInfo(d).LinkTarget is null)
            .Order(StringComparer.Ordinal);
        foreach (var file in subfolders.SelectMany(Files))
        {
            yield return file;
        }
    }

    public static YamlNode Combine(string tag, SourceMark site, IEnumerable<(string Name, YamlNode? Content)> files) => tag switch
    {
        HaYamlTags.IncludeDirList => new YamlList(site, files.Select(f => f.Content ?? new YamlMap(site, [])).ToList()),
        HaYamlTags.IncludeDirNamed => new YamlMap(site, files.Select(f => new YamlEntry(f.Name, site, f.Content ?? new YamlMap(site, []))).ToList()),
        HaYamlTags.IncludeDirMergeList => new YamlList(site, files.SelectMany(f => f.Content is YamlList list ? list.Items : []).ToList()),
        HaYamlTags.IncludeDirMergeNamed => new YamlMap(site, files.SelectMany(f => f.Content is YamlMap map ? map.Entries : []).ToList()),
        _ => throw new ArgumentOutOfRangeException(nameof(tag), tag, "not an include-dir tag"),
    };
}
