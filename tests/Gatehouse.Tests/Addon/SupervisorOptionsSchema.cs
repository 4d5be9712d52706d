using System.Globalization;
using System.Text.RegularExpressions;

namespace Gatehouse.Tests.Addon;

/// <summary>
/// The Supervisor's check of an add-on's options against its schema (supervisor/apps/options.py:
/// RE_SCHEMA_ELEMENT, AppOptions._validate_element and _single_validate), for the element types
/// Gatehouse uses. Values must have the type the options tab writes (a real bool, a real int), which
/// is stricter than the Supervisor's coercion: these are our own defaults.
/// </summary>
internal static partial class SupervisorOptionsSchema
{
    /// <summary>RE_SCHEMA_ELEMENT, verbatim but for .NET's group syntax ((?P&lt;x&gt; becomes (?&lt;x&gt;).</summary>
    [GeneratedRegex(@"^(?:|bool|email|url|port|device(?:\((?<filter>subsystem=[a-z]+)\))?|str(?:\((?<s_min>\d+)?,(?<s_max>\d+)?\))?|password(?:\((?<p_min>\d+)?,(?<p_max>\d+)?\))?|int(?:\((?<i_min>-?\d+)?,(?<i_max>-?\d+)?\))?|float(?:\((?<f_min>-?\d*\.?\d+)?,(?<f_max>-?\d*\.?\d+)?\))?|match\((?<match>.*)\)|list\((?<list>.+)\))\??$")]
    public static partial Regex Element();

    /// <summary>
    /// The schema's shape, as SCHEMA_ELEMENT in supervisor/apps/validate.py allows it: an element
    /// string, or a list holding one element (not another list). Returns what is wrong, if anything.
    /// </summary>
    public static string? ShapeProblem(object? schema) => schema switch
    {
        string element when Element().IsMatch(element) => null,
        string element => $"'{element}' does not match RE_SCHEMA_ELEMENT (no spaces: int(1,10), str(1,))",
        IReadOnlyList<object?> { Count: 1 } list when list[0] is string => ShapeProblem(list[0]),
        IReadOnlyList<object?> => "a list schema holds exactly one element string",
        _ => $"unsupported schema {schema ?? "null"}",
    };

    /// <summary>Checks one option value; returns the Supervisor's objection, or null when it accepts it.</summary>
    public static string? ValueProblem(object? schema, object? value)
    {
        if (schema is IReadOnlyList<object?> list)
        {
            return value is IReadOnlyList<object?> items
                ? items.Select(item => ValueProblem(list[0], item)).FirstOrDefault(p => p is not null)
                : "a list is required";
        }
        if (value is null)
        {
            return "missing required option";
        }
        var element = (string)schema!;
        var match = Element().Match(element);
        if (!match.Success)
        {
            return $"unknown type '{element}'";
        }
        var type = element.TrimEnd('?');
        return type switch
        {
            "bool" => value is bool ? null : "not a boolean",
            "str" or "password" => value is string ? null : "not a string",
            "port" => value is long port and >= 1 and <= 65_535 ? null : "not a port (1 to 65535)",
            _ when type.StartsWith("int(", StringComparison.Ordinal) => IntegerProblem(match, value),
            _ when type.StartsWith("match(", StringComparison.Ordinal) =>
                value is string text && Regex.IsMatch(text, "^(?:" + match.Groups["match"].Value + ")") ? null : $"does not match {match.Groups["match"].Value}",
            _ when type.StartsWith("list(", StringComparison.Ordinal) =>
                value is string choice && match.Groups["list"].Value.Split('|').Contains(choice) ? null : $"not one of {match.Groups["list"].Value}",
            _ => $"type '{element}' is not checked here; extend {nameof(SupervisorOptionsSchema)} before using it",
        };
    }

    private static string? IntegerProblem(Match match, object value)
    {
        if (value is not long number)
        {
            return "not an integer";
        }
        var min = match.Groups["i_min"].Success ? long.Parse(match.Groups["i_min"].Value, CultureInfo.InvariantCulture) : long.MinValue;
        var max = match.Groups["i_max"].Success ? long.Parse(match.Groups["i_max"].Value, CultureInfo.InvariantCulture) : long.MaxValue;
        return number >= min && number <= max ? null : $"outside {min} to {max}";
    }
}
