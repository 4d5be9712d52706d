using Gatehouse.HaConfig;
using Gatehouse.HaConfig.Yaml;

namespace Gatehouse.Tests.HaConfig;

/// <summary>A real HA config folder on disk in a temp directory, written file by file by a test; deleted afterwards.</summary>
internal sealed class TempConfigFolder : IDisposable
{
    public TempConfigFolder()
    {
        // A parent of our own, so tests can write "outside the config folder" without touching anything shared.
        Parent = Directory.CreateTempSubdirectory("gatehouse-test-").FullName;
        Root = Path.Combine(Parent, "config");
        Directory.CreateDirectory(Root);
    }

    public string Parent { get; }

    public string Root { get; }

    public HaConfigFolder Folder => new(Root);

    public TempConfigFolder Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return this;
    }

    /// <summary>A .storage file in HA's envelope around <paramref name="dataJson"/>.</summary>
    public TempConfigFolder Storage(string key, string dataJson) =>
        Write($".storage/{key}", $$"""{"version":1,"minor_version":1,"key":"{{key}}","data":{{dataJson}}}""");

    public TempConfigFolder Link(string relative, string target)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
        return this;
    }

    /// <summary>A named pipe with no writer: opening it the ordinary way blocks until one comes.</summary>
    public TempConfigFolder Fifo(string relative)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return this;
    }

    /// <summary>A file of <paramref name="bytes"/> that takes no disk space (sparse): what is large is its size.</summary>
    public TempConfigFolder Sparse(string relative, long bytes)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = File.Create(path);
        file.SetLength(bytes);
        return this;
    }

    public HaConfigSnapshot Snapshot(HaYamlLimits? limits = null) => new(Folder, limits ?? new HaYamlLimits());

    public HaYamlDocument Load(HaYamlLimits? limits = null) => new HaYamlLoader(Folder, limits ?? new HaYamlLimits()).Load();

    public void Dispose() => Directory.Delete(Parent, recursive: true);
}
