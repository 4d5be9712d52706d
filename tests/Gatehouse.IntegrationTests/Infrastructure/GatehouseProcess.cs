using System.Collections.Concurrent;
using System.Diagnostics;

namespace Gatehouse.IntegrationTests.Infrastructure;

/// <summary>
/// The real Gatehouse binary running as a separate process, with its own environment, every output line
/// captured, and ways to wait for a line, stop it with SIGTERM or kill it hard.
/// </summary>
internal sealed class GatehouseProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly SemaphoreSlim _lineArrived = new(0);

    private GatehouseProcess(Process process)
    {
        _process = process;
    }

    /// <summary>Every line written to stdout or stderr so far.</summary>
    public IReadOnlyList<string> Output => [.. _lines];

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public static GatehouseProcess Start(IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        StartProgram(GatehouseBinary.Path, environment, arguments);

    /// <summary>Starts another program that runs Gatehouse (podman running the add-on image), watched the same way.</summary>
    public static GatehouseProcess StartProgram(string program, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        // Start from a clean slate: the test machine's own HA or Supervisor variables must not leak in.
        foreach (var name in new[] { "GATEHOUSE_OPTIONS", "GATEHOUSE_DATA", "GATEHOUSE_HA_CONFIG", "SUPERVISOR_URL", "SUPERVISOR_TOKEN", "HA_URL", "HA_TOKEN", "GATEHOUSE_PUBLIC_IP_URL", "GATEHOUSE_INTERNETDB_URL", "GATEHOUSE_PANEL_PEERS" })
        {
            startInfo.Environment.Remove(name);
        }
        // Tests run side by side: the panel's fixed port would be taken twice. The panel's own tests turn it on
        // at a free loopback port (GATEHOUSE_PANEL=127.0.0.1:0).
        startInfo.Environment["GATEHOUSE_PANEL"] = "off";
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var running = new GatehouseProcess(process);
        process.OutputDataReceived += (_, e) => running.Add(e.Data);
        process.ErrorDataReceived += (_, e) => running.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return running;
    }

    /// <summary>Waits for an output line containing <paramref name="text"/>; fails with the output so far on timeout.</summary>
    public async Task<string> WaitForLineAsync(string text, TimeSpan? timeout = null) =>
        (await WaitForLinesAsync(text, 1, timeout))[0];

    /// <summary>Waits until <paramref name="count"/> output lines contain <paramref name="text"/> (the same event, repeated); returns them.</summary>
    public async Task<IReadOnlyList<string>> WaitForLinesAsync(string text, int count, TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? TestSettings.Timeout);
        while (true)
        {
            if (_lines.Where(l => l.Contains(text, StringComparison.Ordinal)).ToList() is { } lines && lines.Count >= count)
            {
                return lines;
            }
            try
            {
                await _lineArrived.WaitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Not {count} lines containing '{text}'. Output so far:\n{string.Join('\n', _lines)}");
            }
        }
    }

    /// <summary>Sends SIGTERM and waits for the exit; returns the exit code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        Signals.Send(_process.Id, Signals.Terminate);
        return await WaitForExitAsync(timeout);
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancellation.Token);
        return _process.ExitCode;
    }

    /// <summary>Kills the process hard (SIGKILL): no clean shutdown, as in a crash or power loss.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }
        _process.Dispose();
        _lineArrived.Dispose();
        SecretLedger.AssertNoneIn(_lines, "Gatehouse's log output");
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }
        _lines.Enqueue(line);
        _lineArrived.Release();
    }
}
