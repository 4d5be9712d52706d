using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Gatehouse.IntegrationTests.Infrastructure;

/// <summary>
/// A real mosquitto (/usr/sbin/mosquitto), the broker HA users run, as its own process on a free loopback port
/// with a generated config. It can be stopped and started again on the same port (without persistence, so a
/// restart loses every retained message, as a crashed broker does). Disposing stops it and fails the test if
/// the broker logged an error.
/// </summary>
internal sealed class MosquittoBroker : IAsyncDisposable
{
    public const string Executable = "/usr/sbin/mosquitto";
    private const string PasswordTool = "/usr/bin/mosquitto_passwd";

    private readonly string _directory;
    private readonly string _configPath;
    private readonly ConcurrentQueue<string> _log = new();
    private readonly SemaphoreSlim _logged = new(0);
    private readonly List<string> _expectedErrors = [];
    private Process? _process;

    private MosquittoBroker(string directory, int port, string configPath, (string Username, string Password)? account)
    {
        _directory = directory;
        Port = port;
        _configPath = configPath;
        Account = account;
    }

    /// <summary>The one account the broker accepts, or null when it lets anyone in.</summary>
    public (string Username, string Password)? Account { get; }

    public string Host => "127.0.0.1";

    public int Port { get; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Every line mosquitto logged, across restarts.</summary>
    public IReadOnlyList<string> Log => [.. _log];

    /// <summary>Writes the config (and password file) on a free port; the broker is not started yet.</summary>
    public static async Task<MosquittoBroker> CreateAsync(MosquittoOptions? options = null)
    {
        options ??= new MosquittoOptions();
        var directory = Directory.CreateTempSubdirectory("gatehouse-mosquitto-").FullName;
        var port = FreeLoopbackPort();
        var lines = new List<string>
        {
            // Run as the test's own user: as root, mosquitto would switch to "mosquitto", who cannot read the temp folder.
            $"user {Environment.UserName}",
            "per_listener_settings false",
            "persistence false",
            "log_dest stderr",
            "log_type error",
            "log_type warning",
            "log_type notice",
            "log_type information",
            "connection_messages true",
            $"listener {port} 127.0.0.1",
        };
        if (options.Tls is { } tls)
        {
            var certificate = Path.Combine(directory, "server.crt");
            var key = Path.Combine(directory, "server.key");
            await File.WriteAllTextAsync(certificate, tls.CertificatePem);
            await File.WriteAllTextAsync(key, tls.KeyPem);
            lines.Add($"certfile {certificate}");
            lines.Add($"keyfile {key}");
        }
        if (options.Account is { } account)
        {
            SecretLedger.Register(account.Password);
            var passwords = Path.Combine(directory, "passwords");
            await RunAsync(PasswordTool, "-b", "-c", passwords, account.Username, account.Password);
            lines.Add("allow_anonymous false");
            lines.Add($"password_file {passwords}");
        }
        else
        {
            lines.Add("allow_anonymous true");
        }
        var configPath = Path.Combine(directory, "mosquitto.conf");
        await File.WriteAllLinesAsync(configPath, lines);
        return new MosquittoBroker(directory, port, configPath, options.Account);
    }

    public static async Task<MosquittoBroker> StartNewAsync(MosquittoOptions? options = null)
    {
        var broker = await CreateAsync(options);
        await broker.StartAsync();
        return broker;
    }

    /// <summary>Starts mosquitto and waits until it listens.</summary>
    public async Task StartAsync()
    {
        var running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var startInfo = new ProcessStartInfo(Executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        startInfo.ArgumentList.Add("-c");
        startInfo.ArgumentList.Add(_configPath);
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not { } line)
            {
                return;
            }
            _log.Enqueue(line);
            _logged.Release();
            if (line.Contains(" running", StringComparison.Ordinal))
            {
                running.TrySetResult();
            }
        };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                _log.Enqueue(line);
            }
        };
        process.Exited += (_, _) => running.TrySetException(new InvalidOperationException($"mosquitto exited at start:\n{string.Join('\n', _log)}"));
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        _process = process;
        await running.Task.WaitAsync(TestSettings.Timeout);
    }

    /// <summary>Stops the broker with SIGTERM (its clients see the connection drop) and waits for it to exit.</summary>
    public async Task StopAsync()
    {
        if (_process is not { } process)
        {
            return;
        }
        if (!process.HasExited)
        {
            Signals.Send(process.Id, Signals.Terminate);
            await process.WaitForExitAsync().WaitAsync(TestSettings.Timeout);
        }
        process.Dispose();
        _process = null;
    }

    /// <summary>
    /// The lines of the log that are errors (mosquitto writes "&lt;time&gt;: Error: …" or "OpenSSL Error…"), except those
    /// a test declared it provokes on purpose.
    /// </summary>
    public IReadOnlyList<string> Errors =>
    [
        .. _log.Where(l => l.Contains("Error", StringComparison.Ordinal)
            && !_expectedErrors.Any(e => l.Contains(e, StringComparison.Ordinal))),
    ];

    /// <summary>Declares an error line the test provokes on purpose (a refused TLS handshake), so it does not fail the test.</summary>
    public void ExpectError(string containing) => _expectedErrors.Add(containing);

    /// <summary>Waits until the broker has logged <paramref name="count"/> lines containing <paramref name="text"/>.</summary>
    public async Task WaitForLogAsync(string text, int count = 1)
    {
        using var timeout = new CancellationTokenSource(TestSettings.Timeout);
        while (_log.Count(l => l.Contains(text, StringComparison.Ordinal)) < count)
        {
            try
            {
                await _logged.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"mosquitto did not log '{text}' {count} time(s). Log:\n{string.Join('\n', _log)}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_directory, recursive: true);
        _logged.Dispose();
        Assert.True(Errors.Count == 0, "mosquitto logged errors:\n" + string.Join('\n', Errors));
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        arguments.ToList().ForEach(startInfo.ArgumentList.Add);
        using var process = Process.Start(startInfo)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TestSettings.Timeout);
        Assert.True(process.ExitCode == 0, $"{file} failed: {await error}");
    }
}
