using System.ComponentModel;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Gatehouse.Tests.Addon;

/// <summary>apparmor.txt: the Supervisor's own rule for the file, and AppArmor's parser on the profile.</summary>
public sealed partial class AppArmorProfileTests
{
    private static readonly string Profile = RepositoryFiles.Read("apparmor.txt");

    [Fact]
    public void Profile_HasExactlyOneTopLevelProfileLine()
    {
        // supervisor/utils/apparmor.py get_profile_name: one line matching ^profile ([^ ]+), else "Too many profiles".
        var names = ProfileLine().Matches(Profile).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.Equal(["gatehouse"], names);
    }

    [Fact]
    public void Profile_GrantsNoCapabilityAndWritesOnlyDataTmpAndRun()
    {
        Assert.DoesNotContain("capability", Code(), StringComparison.Ordinal);
        Assert.DoesNotMatch(BlanketFileRule(), Code());
        var writable = WriteRule().Matches(Code()).Select(m => m.Groups["path"].Value).ToList();
        Assert.All(writable, path => Assert.Matches(@"^(/data/|/tmp/|/run/|/dev/tty$|/memfd:|/etc/(services\.d|cont-init\.d|cont-finish\.d|s6-overlay)/)", path));
        Assert.Contains(@"/homeassistant/{,**} r,", Profile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_CompilesWithAppArmorsParser()
    {
        // -Q skips loading into the kernel, -K the cache: this only parses and compiles the policy.
        ProcessStartInfo start = new("apparmor_parser", ["-Q", "-K", "-S", RepositoryFiles.PathOf("apparmor.txt")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            Assert.Fail("apparmor_parser is missing: install the apparmor package (apt-get install apparmor) to check the profile.");
            return;
        }
        using (process)
        {
            using var timeout = new CancellationTokenSource(TestSettings.Timeout);
            var compiled = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            await compiled;
            Assert.True(process.ExitCode == 0, await errors);
        }
    }

    private static string Code() =>
        string.Join('\n', Profile.Split('\n').Where(l => !l.TrimStart().StartsWith('#')));

    [GeneratedRegex("^profile ([^ ]+)", RegexOptions.Multiline)]
    private static partial Regex ProfileLine();

    [GeneratedRegex(@"^\s*file,", RegexOptions.Multiline)]
    private static partial Regex BlanketFileRule();

    [GeneratedRegex(@"^\s*(?:owner\s+)?(?<path>/\S*)\s+[rmixk]*w[rwmixk]*,", RegexOptions.Multiline)]
    private static partial Regex WriteRule();
}
