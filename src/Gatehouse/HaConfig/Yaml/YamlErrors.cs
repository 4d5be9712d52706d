using YamlDotNet.Core;

namespace Gatehouse.HaConfig.Yaml;

/// <summary>YamlDotNet's syntax errors, told the way a home owner can act on them: the line, and the message alone.</summary>
internal static class YamlErrors
{
    /// <summary>YamlDotNet marks a tab in the indentation at the start of the enclosing mapping; the owner needs the tab's own line.</summary>
    public static long Line(YamlException exception, byte[] file)
    {
        if (!exception.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            return exception.Start.Line;
        }
        var tabLine = System.Text.Encoding.UTF8.GetString(file).Split('\n').Select((line, index) => (line, number: index + 1L))
            .Skip((int)Math.Max(0, exception.Start.Line - 1))
            .FirstOrDefault(l => l.line.TakeWhile(char.IsWhiteSpace).Contains('\t'));
        return tabLine.line is null ? exception.Start.Line : tabLine.number;
    }

    public static string Message(YamlException exception)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: …): "; the line is reported separately.
        var message = exception.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(cut + 3)..] : message;
    }
}
