namespace Gatehouse.HaConfig;

/// <summary>
/// HA's config folder (read-only): the one place Gatehouse reads HA's files from. Every path it hands out is
/// inside it after links are resolved, so neither <c>../</c> nor a symbolic link can lead a read elsewhere, and
/// every file is read through <see cref="Read"/>: inside the folder, a regular file, within a size cap.
/// </summary>
internal sealed class HaConfigFolder
{
    public const string ConfigurationFile = "configuration.yaml";
    public const string StorageFolder = ".storage";
    public const string WwwFolder = "www";

    private readonly Lazy<string> _realRoot;

    public HaConfigFolder(string root)
    {
        Root = Path.GetFullPath(root);
        _realRoot = new Lazy<string>(() => RealPath.Resolve(Root));
    }

    /// <summary>The folder as configured (GATEHOUSE_HA_CONFIG, <c>--config-dir</c>, or /homeassistant).</summary>
    public string Root { get; }

    public bool Exists => Directory.Exists(Root);

    /// <summary>The physical path of <paramref name="path"/> (absolute, or relative to the folder) when it is inside the folder; otherwise null.</summary>
    public string? ResolveInside(string path)
    {
        var real = RealPath.Resolve(Path.GetFullPath(path, Root));
        return IsInside(real) ? real : null;
    }

    /// <summary>A path as the owner knows it: relative to the config folder, with forward slashes.</summary>
    public string Describe(string resolvedPath) => Path.GetRelativePath(_realRoot.Value, resolvedPath).Replace('\\', '/');

    /// <summary>
    /// The one read gate. Reads <paramref name="path"/> (absolute, or relative to the folder) when it resolves inside
    /// the folder, is a regular file, is at most <paramref name="maxBytes"/> long and fits the run's
    /// <paramref name="budget"/>; otherwise says why not. Never throws for what the folder holds.
    /// </summary>
    public FileRead Read(string path, long maxBytes, ReadBudget? budget = null)
    {
        var asked = Path.GetFullPath(path, Root);
        var name = Path.GetRelativePath(Root, asked).Replace('\\', '/');
        try
        {
            return ResolveInside(asked) is { } real
                ? ReadResolved(real, maxBytes, budget)
                : new FileRead(name, null, false, "leads outside the config folder (a symbolic link); Gatehouse reads only inside it");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new FileRead(name, null, false, $"cannot be read ({exception.Message}); check that Gatehouse may read the config folder");
        }
    }

    /// <summary>
    /// <see cref="Read"/> for a path <see cref="ResolveInside"/> gave: not resolved again (a large include folder
    /// would pay twice). A link swapped in since is still caught: the file is opened without following a last
    /// link, and where the open handle really leads is compared with <paramref name="real"/> before a byte is read.
    /// </summary>
    public FileRead ReadResolved(string real, long maxBytes, ReadBudget? budget = null)
    {
        var name = Describe(real);
        try
        {
            if (!IsInside(real))
            {
                return new FileRead(name, null, false, "leads outside the config folder (a symbolic link); Gatehouse reads only inside it");
            }
            if (!Path.Exists(real))
            {
                return new FileRead(name, null, true, null);
            }
            var (handle, length, problem) = RegularFile.Open(real);
            if (handle is null)
            {
                return new FileRead(name, null, false, problem);
            }
            using (handle)
            {
                if (RegularFile.OpenedPath(handle) is { } opened && opened != real)
                {
                    return new FileRead(name, null, false, "was moved or replaced while Gatehouse opened it; run the checks again");
                }
                if (length > maxBytes)
                {
                    return new FileRead(name, null, false, TooLarge(length, maxBytes));
                }
                if (budget is not null && !budget.TryTakeBytes(length))
                {
                    return new FileRead(name, null, false, $"would take this check run past the {Megabytes(budget.Limits.MaxRunBytes)} Gatehouse reads in one run; the folder's configuration is far larger than HA's normally is");
                }
                return new FileRead(name, ReadAll(handle, length), false, null);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new FileRead(name, null, false, $"cannot be read ({exception.Message}); check that Gatehouse may read the config folder");
        }
    }

    private bool IsInside(string real)
    {
        var root = _realRoot.Value;
        return real == root || real.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>The file's first <paramref name="length"/> bytes: what it held when measured (a file still being written stays within the cap).</summary>
    private static byte[] ReadAll(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long length)
    {
        var buffer = new byte[length];
        var read = 0;
        while (read < buffer.Length)
        {
            var got = RandomAccess.Read(handle, buffer.AsSpan(read), read);
            if (got == 0)
            {
                return buffer[..read];
            }
            read += got;
        }
        return buffer;
    }

    private static string TooLarge(long length, long maxBytes) =>
        $"is {Megabytes(length)}, larger than the {Megabytes(maxBytes)} Gatehouse reads; HA's files are normally far smaller, so check what wrote it";

    private static string Megabytes(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MB" : $"{Math.Max(1, bytes / 1024)} KB";
}
