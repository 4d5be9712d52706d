namespace Gatehouse.Options;

/// <summary>Reads the environment and the options file and checks them: a usable configuration or one exception listing every problem.</summary>
internal static class ConfigurationLoader
{
    public static GatehouseConfiguration Load(Func<string, string?> variable)
    {
        var environment = EnvironmentReader.Read(variable);
        var options = ReadOptions(environment);
        return new GatehouseConfiguration(options, environment);
    }

    private static GatehouseOptions ReadOptions(GatehouseEnvironment environment)
    {
        string json;
        try
        {
            json = File.ReadAllText(environment.OptionsFile);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return environment.OptionsFileRequired
                ? throw new InvalidConfigurationException(
                    [new OptionProblem(EnvironmentNames.OptionsFile, $"the options file {environment.OptionsFile} does not exist; point GATEHOUSE_OPTIONS at your options file, or unset it to use the defaults.", IsVariable: true)])
                : new GatehouseOptions();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InvalidConfigurationException(
                [new OptionProblem(EnvironmentNames.OptionsFile, $"cannot read the options file {environment.OptionsFile} ({exception.Message}); check the path and its permissions.", IsVariable: true)]);
        }

        var (options, problems) = OptionsFileReader.Read(json);
        var all = problems.Concat(OptionsRules.Check(options)).ToList();
        return all.Count == 0 ? options : throw new InvalidConfigurationException(all);
    }
}
