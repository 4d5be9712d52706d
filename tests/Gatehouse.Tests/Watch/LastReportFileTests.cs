using Gatehouse.Checks;
using Gatehouse.Tests.Checks;
using Gatehouse.Watch;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Gatehouse.Tests.Watch;

public sealed class LastReportFileTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("gatehouse-last-report-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 14, 5, 0, TimeSpan.Zero));
    private readonly FakeLogger<LastReportFile> _logger = new();

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public void Read_NothingWrittenYet_IsNull() => Assert.Null(File().Read());

    [Fact]
    public void Write_ThenReadInANewProcess_GivesTheFindingsBack()
    {
        var report = Report(new Finding("admins:user:c", CheckStatus.Warn, "Carol is an administrator", "Settings > People"));

        Assert.True(File().Write(report));
        var read = File().Read();

        Assert.NotNull(read);
        Assert.Equal(report.Results.SelectMany(r => r.Findings), read.Results.SelectMany(r => r.Findings));
        Assert.False(System.IO.File.Exists(Path.Combine(_data, LastReportFile.FileName + ".tmp")));
    }

    [Theory]
    [InlineData("{\"score\":")]
    [InlineData("\u00ff\u00fe not json")]
    public void Read_DamagedFile_IsSetAsideWithAWarningAndReadsAsNone(string content)
    {
        var path = Path.Combine(_data, LastReportFile.FileName);
        System.IO.File.WriteAllText(path, content);

        Assert.Null(File().Read());

        Assert.False(System.IO.File.Exists(path));
        Assert.Single(Directory.GetFiles(_data, LastReportFile.FileName + ".corrupt-*"));
        Assert.Contains("baseline", _logger.LatestRecord.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileOverTheSizeLimit_IsNotReadButSetAside()
    {
        var path = Path.Combine(_data, LastReportFile.FileName);
        using (var stream = System.IO.File.Create(path))
        {
            stream.SetLength(LastReportFile.MaxBytes + 1);
        }

        Assert.Null(File().Read());
        Assert.False(System.IO.File.Exists(path));
    }

    private LastReportFile File() => new(TestEnvironment.Standalone(_data), _time, _logger);

    private CheckReport Report(params Finding[] findings) => new(50, _time.GetUtcNow(),
    [
        new CheckResult("admins", "Administrators", CheckStatus.Pass, "2 of 3 people are administrators.", [], "") { Findings = findings },
    ]);
}
