namespace Gatehouse.HaConfig.Yaml;

/// <summary>The tags HA's loader adds to YAML (homeassistant/util/yaml/loader.py).</summary>
internal static class HaYamlTags
{
    public const string Include = "!include";
    public const string IncludeDirList = "!include_dir_list";
    public const string IncludeDirNamed = "!include_dir_named";
    public const string IncludeDirMergeList = "!include_dir_merge_list";
    public const string IncludeDirMergeNamed = "!include_dir_merge_named";
    public const string Secret = "!secret";
    public const string EnvVar = "!env_var";
    public const string Input = "!input";

    /// <summary>HA never loads this file through an include-dir tag.</summary>
    public const string SecretsFile = "secrets.yaml";

    public static bool IsInclude(string tag) =>
        tag is Include or IncludeDirList or IncludeDirNamed or IncludeDirMergeList or IncludeDirMergeNamed;
}
