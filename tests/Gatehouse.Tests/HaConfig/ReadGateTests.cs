using Gatehouse.HaConfig;
using Gatehouse.HaConfig.Storage;
using Gatehouse.HaConfig.Yaml;

namespace Gatehouse.Tests.HaConfig;

/// <summary>The one read gate: inside the folder after links, regular files only, size-capped; never blocks on what the folder holds.</summary>
public sealed class ReadGateTests : IDisposable
{
    private readonly TempConfigFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Read_NamedPipe_IsRefusedWithoutBlocking()
    {
        _folder.Fifo("packages/pipe.yaml");

        var read = await Task.Run(() => _folder.Folder.Read("packages/pipe.yaml", 1024)).WaitAsync(TestSettings.Timeout);

        Assert.Null(read.Bytes);
        Assert.Equal("packages/pipe.yaml is a named pipe (FIFO), not a regular file; Gatehouse reads only regular files (this one could block or never end)", read.Describe());
    }

    [Fact]
    public void Read_Folder_IsRefused()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Root, "x"));

        Assert.Contains("is a folder, not a regular file", _folder.Folder.Read("x", 1024).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LinkToOutside_IsRefusedAndTheOutsideFileIsNotRead()
    {
        File.WriteAllText(Path.Combine(_folder.Parent, "outside"), "secret");
        _folder.Link("inside", Path.Combine(_folder.Parent, "outside"));

        var read = _folder.Folder.Read("inside", 1024);

        Assert.Null(read.Bytes);
        Assert.Contains("leads outside the config folder", read.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileOverTheCap_IsRefusedBySizeWithoutReadingIt()
    {
        _folder.Sparse("huge.yaml", 8L * 1024 * 1024 * 1024);

        var read = _folder.Folder.Read("huge.yaml", 1024 * 1024);

        Assert.Null(read.Bytes);
        Assert.Contains("is 8192 MB, larger than the 1 MB Gatehouse reads", read.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OverTheRunsBudget_IsRefused()
    {
        _folder.Write("a", new string('a', 600)).Write("b", new string('b', 600));
        var budget = new ReadBudget(new HaYamlLimits { MaxRunBytes = 1000 }, CancellationToken.None);

        Assert.NotNull(_folder.Folder.Read("a", 1024, budget).Bytes);
        Assert.Contains("past the 1 KB Gatehouse reads in one run", _folder.Folder.Read("b", 1024, budget).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RegularFileInside_GivesItsBytes()
    {
        _folder.Write("sub/file.txt", "hello");

        Assert.Equal("hello"u8.ToArray(), _folder.Folder.Read("sub/file.txt", 1024).Bytes);
        Assert.True(_folder.Folder.Read("nope.txt", 1024).Missing);
    }

    [Fact]
    public async Task Load_NamedPipeInAnIncludeFolder_IsAProblemNamingItNotAHang()
    {
        _folder.Write("configuration.yaml", "homeassistant:\n  packages: !include_dir_named packages\n").Write("packages/a.yaml", "x: 1\n").Fifo("packages/b.yaml");

        var document = await Task.Run(() => _folder.Load()).WaitAsync(TestSettings.Timeout);

        Assert.Equal("packages/b.yaml", document.Problem!.Mark.File);
        Assert.Contains("named pipe", document.Problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_ConfigurationYamlIsANamedPipe_IsAProblemNotAHang()
    {
        _folder.Fifo("configuration.yaml");

        var document = await Task.Run(() => _folder.Load()).WaitAsync(TestSettings.Timeout);

        Assert.Contains("named pipe", document.Problem!.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StorageRead_NamedPipe_IsAProblemNotAHang()
    {
        _folder.Fifo(".storage/auth");

        var read = await Task.Run(() => new StorageReader(_folder.Folder).Read(AuthStorage.Key, AuthStorage.Users)).WaitAsync(TestSettings.Timeout);

        Assert.Contains(".storage/auth is a named pipe", read.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void StorageRead_AMillionTinyValues_IsRefusedBeforeIndexingThem()
    {
        _folder.Storage("auth", "{\"users\":[" + string.Join(",", Enumerable.Repeat("0", StorageReader.MaxValues + 1)) + "]}");

        var read = new StorageReader(_folder.Folder).Read(AuthStorage.Key, AuthStorage.Users);

        Assert.Contains("holds more than 1,000,000 values", read.Problem, StringComparison.Ordinal);
    }
}
