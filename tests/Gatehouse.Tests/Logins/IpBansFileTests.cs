using Gatehouse.Logins.Recording;
using Gatehouse.Options;
using Gatehouse.Tests.HaConfig;

namespace Gatehouse.Tests.Logins;

/// <summary>ip_bans.yaml is written by HA but sits in a folder others write to: no input may block, crash or lead the read outside.</summary>
public sealed class IpBansFileTests : IDisposable
{
    private readonly TempConfigFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Read_HasFormat_GivesTheAddresses()
    {
        _folder.Write(IpBansFile.FileName, "198.51.100.9:\n  banned_at: '2026-08-20T10:11:12+00:00'\n2001:db8::1:\n  banned_at: null\n");

        Assert.Equal(["198.51.100.9", "2001:db8::1"], Bans().Read());
    }

    [Fact]
    public void Read_DeepNesting_IsNoneKnownNotAStackOverflow()
    {
        _folder.Write(IpBansFile.FileName, "198.51.100.9: " + new string('[', 100_000) + new string(']', 100_000) + "\n");

        Assert.Empty(Bans().Read());
    }

    [Fact]
    public async Task Read_NamedPipe_IsNoneKnownWithoutBlocking()
    {
        _folder.Fifo(IpBansFile.FileName);

        Assert.Empty(await Task.Run(() => Bans().Read()).WaitAsync(TestSettings.Timeout));
    }

    [Fact]
    public void Read_LinkOutOfTheFolder_IsNotFollowed()
    {
        File.WriteAllText(Path.Combine(_folder.Parent, "elsewhere.yaml"), "203.0.113.7:\n  banned_at: null\n");
        _folder.Link(IpBansFile.FileName, Path.Combine(_folder.Parent, "elsewhere.yaml"));

        Assert.Empty(Bans().Read());
    }

    [Fact]
    public void Read_HugeFile_IsNoneKnownWithoutReadingIt()
    {
        _folder.Sparse(IpBansFile.FileName, 4L * 1024 * 1024 * 1024);

        Assert.Empty(Bans().Read());
    }

    [Theory]
    [InlineData("198.51.100.9: [unclosed\n")]
    [InlineData("\t- x\n: :\n")]
    [InlineData("&a [*a]\n")]
    [InlineData("%YAML 9.9\n--- x\n")]
    [InlineData("- 198.51.100.9\n")]
    public void Read_InvalidOrOddYaml_IsNoneKnown(string text)
    {
        _folder.Write(IpBansFile.FileName, text);

        Assert.Empty(Bans().Read());
    }

    private IpBansFile Bans() => new(new GatehouseEnvironment { OptionsFile = "", OptionsFileRequired = false, DataDirectory = _folder.Parent, HaConfigDirectory = _folder.Root });
}
