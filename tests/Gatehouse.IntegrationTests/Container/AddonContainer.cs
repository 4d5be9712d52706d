using System.Diagnostics;
using Gatehouse.IntegrationTests.Infrastructure;

namespace Gatehouse.IntegrationTests.Container;

/// <summary>
/// The add-on image run with podman as the Supervisor runs it: /data with options.json, HA's config folder
/// read-only at /homeassistant, SUPERVISOR_TOKEN, host networking (everything it talks to is on loopback).
/// </summary>
internal sealed class AddonContainer : IAsyncDisposable
{
    /// <summary>
    /// runc rather than crun, and limits set explicitly: podman's defaults cannot be applied inside this
    /// machine's sandbox. Real Supervisor installs run Docker with its own defaults.
    /// </summary>
    private static readonly string[] RunOptions =
        ["--runtime", "runc", "--ulimit", "nofile=20000:20000", "--ulimit", "nproc=4096:4096", "--network", "host"];

    private readonly string _name;

    private AddonContainer(string name, GatehouseProcess run) => (_name, Run) = (name, run);

    /// <summary>The image addon/container-smoke.sh built, or null outside it.</summary>
    public static string? Image { get; } = Environment.GetEnvironmentVariable("GATEHOUSE_CONTAINER_IMAGE") is { Length: > 0 } image ? image : null;

    /// <summary>podman's storage options from addon/container-smoke.sh (its own vfs store).</summary>
    private static string[] Storage { get; } =
        (Environment.GetEnvironmentVariable("GATEHOUSE_PODMAN_STORAGE") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The attached <c>podman run</c>: the container's output, and its exit code as the container's.</summary>
    public GatehouseProcess Run { get; }

    public static AddonContainer Start(string dataFolder, string configFolder, IReadOnlyDictionary<string, string> environment)
    {
        var name = $"gatehouse-smoke-{Guid.NewGuid():N}";
        var arguments = new List<string>(Storage) { "run", "--name", name };
        arguments.AddRange(RunOptions);
        arguments.AddRange(["--volume", $"{dataFolder}:/data", "--volume", $"{configFolder}:/homeassistant:ro"]);
        foreach (var (variable, value) in environment)
        {
            arguments.AddRange(["--env", $"{variable}={value}"]);
        }
        arguments.Add(Image ?? throw new InvalidOperationException("GATEHOUSE_CONTAINER_IMAGE is not set: run addon/container-smoke.sh."));
        return new AddonContainer(name, GatehouseProcess.StartProgram("podman", new Dictionary<string, string?>(), [.. arguments]));
    }

    /// <summary><c>podman stop</c> with Docker's 10 s timeout, as the Supervisor stops an add-on; returns how long it took.</summary>
    public async Task<TimeSpan> StopAsync()
    {
        var watch = Stopwatch.StartNew();
        await PodmanAsync("stop", "--time", "10", _name);
        return watch.Elapsed;
    }

    /// <summary>Runs a command inside the running container.</summary>
    public Task ExecAsync(params string[] command) => PodmanAsync(["exec", _name, .. command]);

    public async ValueTask DisposeAsync()
    {
        await PodmanAsync("rm", "--force", "--ignore", _name);
        await Run.DisposeAsync();
    }

    private static async Task PodmanAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("podman") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in Storage.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }
        using var podman = Process.Start(start)!;
        var output = podman.StandardOutput.ReadToEndAsync();
        var errors = podman.StandardError.ReadToEndAsync();
        await podman.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        if (podman.ExitCode != 0)
        {
            throw new InvalidOperationException($"podman {string.Join(' ', arguments)} exited {podman.ExitCode}: {await errors}{await output}");
        }
    }
}
