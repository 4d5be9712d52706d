using Gatehouse.HomeAssistant.Connection;
using Gatehouse.HomeAssistant.Supervisor;

namespace Gatehouse.Options;

/// <summary>Reads <see cref="GatehouseEnvironment"/> from environment variables (a lookup, so tests pass a dictionary).</summary>
internal static class EnvironmentReader
{
    public static GatehouseEnvironment Read(Func<string, string?> variable)
    {
        string? Get(string name) => variable(name) is { Length: > 0 } value ? value.Trim() : null;
        var problems = new List<OptionProblem>();

        var supervisorToken = Get(EnvironmentNames.SupervisorToken);
        var supervisorUrl = ReadUrl(EnvironmentNames.SupervisorUrl, Get(EnvironmentNames.SupervisorUrl), problems)
            ?? GatehouseEnvironment.AddonSupervisorUrl;
        var supervisor = supervisorToken is null ? null : new SupervisorEndpoint(supervisorUrl, supervisorToken);

        var haUrl = ReadUrl(EnvironmentNames.HaUrl, Get(EnvironmentNames.HaUrl), problems);
        var haToken = Get(EnvironmentNames.HaToken);
        HomeAssistantEndpoint? homeAssistant = null;
        if (haUrl is not null)
        {
            if (haToken is null)
            {
                problems.Add(new OptionProblem(EnvironmentNames.HaToken, "is empty while HA_URL is set; create a long-lived access token in your HA profile (Security tab) and set HA_TOKEN to it.", IsVariable: true));
            }
            else
            {
                homeAssistant = HomeAssistantEndpoint.Standalone(haUrl, haToken);
            }
        }
        else if (supervisor is not null)
        {
            homeAssistant = HomeAssistantEndpoint.ForSupervisor(supervisor.BaseUrl, supervisor.Token);
        }

        var publicIpUrl = ReadLookupUrl(EnvironmentNames.PublicIpUrl, Get(EnvironmentNames.PublicIpUrl), problems);
        var internetDbUrl = ReadLookupUrl(EnvironmentNames.InternetDbUrl, Get(EnvironmentNames.InternetDbUrl), problems);
        var panel = PanelAddresses.Read(Get(EnvironmentNames.Panel), Get(EnvironmentNames.PanelPeers), isAddon: supervisor is not null, problems);
        var gitHubApiUrl = ReadLookupUrl(EnvironmentNames.GitHubApiUrl, Get(EnvironmentNames.GitHubApiUrl), problems);
        var osvUrl = ReadLookupUrl(EnvironmentNames.OsvUrl, Get(EnvironmentNames.OsvUrl), problems);

        if (problems.Count > 0)
        {
            throw new InvalidConfigurationException(problems);
        }

        var optionsFile = Get(EnvironmentNames.OptionsFile);
        return new GatehouseEnvironment
        {
            OptionsFile = optionsFile ?? GatehouseEnvironment.AddonOptionsFile,
            // Inside the add-on the Supervisor always writes the file; outside, only a named file must exist.
            OptionsFileRequired = optionsFile is not null || supervisor is not null,
            DataDirectory = Get(EnvironmentNames.DataDirectory) ?? GatehouseEnvironment.AddonDataDirectory,
            HaConfigDirectory = Get(EnvironmentNames.HaConfigDirectory) ?? GatehouseEnvironment.AddonHaConfigDirectory,
            SslDirectory = Get(EnvironmentNames.SslDirectory) ?? GatehouseEnvironment.AddonSslDirectory,
            Supervisor = supervisor,
            HomeAssistant = homeAssistant,
            PublicIpUrl = publicIpUrl ?? GatehouseEnvironment.DefaultPublicIpUrl,
            InternetDbUrl = internetDbUrl ?? GatehouseEnvironment.DefaultInternetDbUrl,
            PanelListen = panel.Listen,
            PanelPeers = panel.Peers,
            GitHubApiUrl = gitHubApiUrl ?? GatehouseEnvironment.DefaultGitHubApiUrl,
            OsvUrl = osvUrl ?? GatehouseEnvironment.DefaultOsvUrl,
        };
    }

    private static Uri? ReadUrl(string name, string? text, List<OptionProblem> problems)
    {
        if (text is null)
        {
            return null;
        }
        if (HomeAssistantUrl.TryParse(text, out var url))
        {
            return url;
        }
        problems.Add(new OptionProblem(name, HomeAssistantUrl.Problem(text), IsVariable: true));
        return null;
    }

    private static Uri? ReadLookupUrl(string name, string? text, List<OptionProblem> problems)
    {
        if (text is null)
        {
            return null;
        }
        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            return url;
        }
        problems.Add(new OptionProblem(name, $"'{text}' is not an http(s) URL; unset it to use the default lookup.", IsVariable: true));
        return null;
    }
}
