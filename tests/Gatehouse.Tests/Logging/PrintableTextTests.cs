using Gatehouse.Logging;

namespace Gatehouse.Tests.Logging;

public sealed class PrintableTextTests
{
    [Theory]
    [InlineData("plain text: ok", "plain text: ok")]
    [InlineData("a\u001b[31mred", "a?[31mred")]
    [InlineData("line\r\nbreak\ttab", "line??break?tab")]
    [InlineData("c1\u009bcsi and del\u007f", "c1?csi and del?")]
    [InlineData("bidi \u202egnp.exe and \u2066isolate\u2069", "bidi ?gnp.exe and ?isolate?")]
    [InlineData("émoji 🔒 and ünïcode", "émoji 🔒 and ünïcode")]
    public void Clean_ReplacesEveryControlAndDirectionCharacterAndKeepsTheRest(string text, string expected) =>
        Assert.Equal(expected, PrintableText.Clean(text));

    [Fact]
    public void Clean_NothingToReplace_ReturnsTheSameString()
    {
        const string text = "nothing to do";

        Assert.Same(text, PrintableText.Clean(text));
    }
}
