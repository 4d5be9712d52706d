namespace Gatehouse.HaConfig.Yaml;

/// <summary>
/// Loads configuration.yaml the way HA does (loader.py): includes resolved relative to the including file, the
/// include-dir tags walking folders, <c>!secret</c> left as a name. Stricter than HA in two ways: nothing outside
/// the config folder is read, and the load keeps to the run's <see cref="ReadBudget"/>. Any problem stops the load
/// and is reported with its file and line.
/// </summary>
internal sealed class HaYamlLoader(HaConfigFolder folder, ReadBudget budget)
{
    /// <summary>A load with a budget of its own, not cancelled from outside.</summary>
    public HaYamlLoader(HaConfigFolder folder, HaYamlLimits limits)
        : this(folder, new ReadBudget(limits, CancellationToken.None))
    {
    }

    public HaYamlDocument Load(string file = HaConfigFolder.ConfigurationFile)
    {
        var session = new YamlLoadSession(folder, budget);
        try
        {
            var path = folder.ResolveInside(file)
                ?? throw new HaYamlException(new SourceMark(file, 0), "leads outside the config folder (a symbolic link); Gatehouse reads only inside it");
            if (!Path.Exists(path))
            {
                throw new HaYamlException(new SourceMark(file, 0), $"does not exist in {folder.Root}; point Gatehouse at the folder that holds configuration.yaml");
            }
            var root = session.LoadFile(path, new SourceMark(file, 0), [], 0).Node switch
            {
                YamlMap map => map,
                null => new YamlMap(new SourceMark(file, 1), []),
                var other => throw new HaYamlException(other.Mark, "does not hold a mapping of integrations (key: value lines) at its top level"),
            };
            return new HaYamlDocument(root, null, session.Files);
        }
        catch (HaYamlException problem)
        {
            return HaYamlDocument.Failed(problem);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return HaYamlDocument.Failed(new HaYamlException(new SourceMark(file, 0), $"cannot be read ({exception.Message}); check the folder's permissions"));
        }
    }
}
