using System.Text;
using CsCheck;
using Gatehouse.HomeAssistant.Transport;

namespace Gatehouse.Tests.HomeAssistant.Transport;

public sealed class Utf8FrameTextTests
{
    /// <summary>Any bytes, read in blocks of any size (down to one char), give the text a StreamReader gives.</summary>
    [Fact]
    public void Read_AnyBytesInAnyBlocks_SameTextAsAStreamReader() =>
        Gen.Select(Gen.Byte.Array[0, 64].SelectMany(noise => Gen.OneOfConst(noise, Encoding.UTF8.GetBytes("Zoë ☂ 🔐 {\"a\":1}"))), Gen.Int[1, 8])
            .Sample((bytes, block) => Assert.Equal(WithStreamReader(bytes), InBlocks(new Utf8FrameText(bytes), block)));

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'{', (byte)'}' }, "{}")]
    [InlineData(new byte[] { (byte)'"', 0xF0, 0x9F, 0x94, 0x90, (byte)'"' }, "\"🔐\"")]
    [InlineData(new byte[] { (byte)'a', 0xFF, (byte)'b' }, "a\uFFFDb")]
    [InlineData(new byte[] { (byte)'a', 0xE2, 0x98 }, "a\uFFFD")]
    public void Read_OneCharAtATime_MarkSkippedPairsKeptBadBytesReplaced(byte[] bytes, string expected) =>
        Assert.Equal(expected, InBlocks(new Utf8FrameText(bytes), 1));

    private static string WithStreamReader(byte[] bytes) =>
        new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: false).ReadToEnd();

    private static string InBlocks(TextReader reader, int block)
    {
        var text = new StringBuilder();
        var buffer = new char[block];
        int read;
        while ((read = reader.Read(buffer, 0, block)) > 0)
        {
            text.Append(buffer, 0, read);
        }
        return text.ToString();
    }
}
