using Gatehouse.Checks;
using Gatehouse.Cli.Audit;
using Gatehouse.Checks.Engine;
using Gatehouse.HaConnection;
using Gatehouse.IntegrationTests.Fakes.Supervisor;
using Gatehouse.IntegrationTests.Infrastructure;
using Gatehouse.Logins;
using Gatehouse.Options;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Checks;

/// <summary>
/// One check run as <c>Gatehouse audit</c> runs it: configuration read from variables and an options file, the
/// same registrations (real HA and Supervisor clients against the fakes), the HA connection kept up, and the
/// runner's rule that a check whose source is missing is unavailable. Only the check under test runs.
/// </summary>
internal sealed class LiveChecks : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gatehouse-live-").FullName;
    private ServiceProvider? _services;
    private AuditConnection? _connection;

    /// <summary>The add-on's options as in /data/options.json.</summary>
    public JObject Options { get; } = [];

    /// <summary>Environment variables on top of GATEHOUSE_OPTIONS (SUPERVISOR_URL, HA_URL, …).</summary>
    public Dictionary<string, string?> Variables { get; } = [];

    /// <summary>The add-on's environment: the Supervisor, and HA through the Supervisor's proxy.</summary>
    public static LiveChecks AsAddon(FakeSupervisor supervisor)
    {
        var live = new LiveChecks();
        live.Variables["SUPERVISOR_URL"] = supervisor.BaseUrl.ToString();
        live.Variables["SUPERVISOR_TOKEN"] = FakeSupervisor.AddonToken;
        return live;
    }

    public async Task<CheckResult> RunAsync<TCheck>(params object[] arguments)
        where TCheck : ISecurityCheck
    {
        var services = Services();
        await using var scope = services.CreateAsyncScope();
        var check = ActivatorUtilities.CreateInstance<TCheck>(scope.ServiceProvider, arguments);
        if (check.Sources.Select(services.GetRequiredService<CheckSourceAvailability>().WhyMissing).FirstOrDefault(r => r is not null) is { } missing)
        {
            return check.Unavailable(missing);
        }
        using var timeout = new CancellationTokenSource(TestSettings.Timeout);
        return await check.RunAsync(timeout.Token).WaitAsync(TestSettings.Timeout);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
        Directory.Delete(_folder, recursive: true);
    }

    private ServiceProvider Services()
    {
        if (_services is not null)
        {
            return _services;
        }
        var optionsFile = Path.Combine(_folder, "options.json");
        File.WriteAllText(optionsFile, Options.ToString());
        var variables = new Dictionary<string, string?>(Variables)
        {
            [EnvironmentNames.OptionsFile] = optionsFile,
            [EnvironmentNames.DataDirectory] = _folder,
        };
        variables.TryAdd(EnvironmentNames.HaConfigDirectory, Path.Combine(_folder, "no-config-folder"));
        var configuration = ConfigurationLoader.Load(name => variables.GetValueOrDefault(name));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddHomeAssistant(configuration);
        services.AddSingleton<ILoginFiguresSource>(NoAttemptLog.Instance);
        services.AddCheckEngine(configuration);
        _services = services.BuildServiceProvider();
        _connection = AuditConnection.Start(_services);
        return _services;
    }
}
