using Gatehouse.Checks.Advisories;
using Gatehouse.Checks.Catalog;
using Gatehouse.Checks.Engine;
using Gatehouse.Checks.Internet;
using Gatehouse.Checks.Live;
using Gatehouse.Checks.Ports;
using Gatehouse.Checks.Tls;
using Gatehouse.HaConfig;
using Gatehouse.HaConfig.Yaml;
using Gatehouse.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gatehouse.Checks;

/// <summary>Registers the security checks: the engine and the catalogue (the host adds their schedule).</summary>
internal static class SecurityChecksServiceCollectionExtensions
{
    /// <summary>
    /// The checks and the runner: what <c>Gatehouse audit</c> uses, and the service with its schedule. They read the
    /// Supervisor client (<c>AddHomeAssistant</c>) and the attempt log's figures (<c>AddLoginMonitoring</c>, or
    /// <c>NoAttemptLog</c> in <c>audit</c>).
    /// </summary>
    public static IServiceCollection AddCheckEngine(this IServiceCollection services, GatehouseConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(configuration.Options);
        services.TryAddSingleton(configuration.Environment);
        services.TryAddSingleton(new CheckRunnerOptions());
        services.TryAddSingleton(new HaYamlLimits());
        // Without the panel's store (a test's container) nothing is accepted.
        services.TryAddSingleton<IAcceptedFindings>(AcceptedFindings.None);
        services.AddSingleton(new HaConfigFolder(configuration.Environment.HaConfigDirectory));
        services.AddSingleton<CheckSourceAvailability>();
        services.AddSingleton<CheckRunner>();
        // One snapshot per run (the runner opens a scope per run): the files are read once and shared by the checks,
        // within one budget, and the reading stops when the run ends.
        services.AddScoped<RunCancellation>();
        services.AddScoped(provider => new HaConfigSnapshot(
            provider.GetRequiredService<HaConfigFolder>(),
            provider.GetRequiredService<HaYamlLimits>(),
            provider.GetRequiredService<RunCancellation>().Token));
        // Likewise HA, the Supervisor and the internet lookups: asked once per run, shared by the checks that need them.
        if (configuration.Environment.HomeAssistant is null)
        {
            services.AddSingleton<ILiveHomeAssistant, NoLiveHomeAssistant>();
        }
        else
        {
            services.AddScoped<ILiveHomeAssistant, LiveHomeAssistant>();
        }
        services.AddScoped<LiveSupervisor>();
        services.AddScoped<InternetExposure>();
        services.AddScoped<AdvisoryLookup>();
        services.AddSingleton<AdvisoryDatabases>();
        services.AddSingleton<AdvisoryCache>();
        services.TryAddSingleton(TlsTrust.System);
        services.AddSingleton<TlsProbe>();
        services.AddSingleton<PortProbe>();
        services.TryAddSingleton(PortTable.Default);
        services.AddHttpClient(nameof(InternetExposure), http => http.MaxResponseContentBufferSize = InternetExposure.MaxResponseBytes);
        services.AddHttpClient(nameof(AdvisoryDatabases), http => http.MaxResponseContentBufferSize = AdvisoryDatabases.MaxResponseBytes);

        // The catalogue, in the order reports list it.
        services.AddScoped<ISecurityCheck, MfaCheck>();
        services.AddScoped<ISecurityCheck, AdminsCheck>();
        services.AddScoped<ISecurityCheck, AccessTokensCheck>();
        services.AddScoped<ISecurityCheck, IpBanCheck>();
        services.AddScoped<ISecurityCheck, LoginActivityCheck>();
        services.AddScoped<ISecurityCheck, WwwExposureCheck>();
        services.AddScoped<ISecurityCheck, SecretsHygieneCheck>();
        services.AddScoped<ISecurityCheck, WebhooksCheck>();
        services.AddScoped<ISecurityCheck, PersonalInfoCheck>();
        services.AddScoped<ISecurityCheck, AuthProvidersCheck>();
        services.AddScoped<ISecurityCheck, ProxyCheck>();
        services.AddScoped<ISecurityCheck, UpdatesCheck>();
        services.AddScoped<ISecurityCheck, SupervisorHealthCheck>();
        services.AddScoped<ISecurityCheck, AddonsCheck>();
        services.AddScoped<ISecurityCheck, BackupsCheck>();
        services.AddScoped<ISecurityCheck, RemoteAccessCheck>();
        services.AddScoped<ISecurityCheck, TlsCheck>();
        services.AddScoped<ISecurityCheck, OpenPortsCheck>();
        services.AddScoped<ISecurityCheck, RemoteExposureCheck>();
        services.AddScoped<ISecurityCheck, AdvisoriesCheck>();
        return services;
    }
}
