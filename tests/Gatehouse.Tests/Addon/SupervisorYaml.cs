using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Gatehouse.Tests.Addon;

/// <summary>
/// Reads YAML into the values the Supervisor sees. The Supervisor loads its files with PyYAML's
/// SafeLoader, which follows YAML 1.1: a plain <c>on</c> or <c>yes</c> is a boolean and an unquoted
/// <c>0.1</c> a float. So plain scalars resolve to bool, long, double or null here by PyYAML's own
/// patterns; quoted scalars stay strings. Mappings become dictionaries, sequences lists.
/// </summary>
internal static partial class SupervisorYaml
{
    public static IReadOnlyDictionary<string, object?> LoadMapping(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return Convert(stream.Documents.Single().RootNode) as IReadOnlyDictionary<string, object?>
            ?? throw new InvalidDataException("The file does not hold a YAML mapping.");
    }

    private static object? Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => mapping.Children.ToDictionary(
            pair => ((YamlScalarNode)pair.Key).Value ?? "", pair => Convert(pair.Value), StringComparer.Ordinal),
        YamlSequenceNode sequence => sequence.Children.Select(Convert).ToList(),
        YamlScalarNode scalar => Resolve(scalar),
        _ => throw new InvalidDataException($"Unexpected YAML node at {node.Start}."),
    };

    private static object? Resolve(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
        {
            return text;
        }
        if (Null().IsMatch(text))
        {
            return null;
        }
        if (Bool().IsMatch(text))
        {
            return text[0] is 'y' or 'Y' or 't' or 'T' || text is "on" or "On" or "ON";
        }
        if (Int().IsMatch(text))
        {
            // PyYAML also reads 0b, 0x, octal and base-60 integers; none belongs in these files.
            return DecimalInt().IsMatch(text)
                ? long.Parse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)
                : throw new InvalidDataException($"'{text}' is a non-decimal YAML 1.1 integer; write it in decimal or quote it.");
        }
        if (Float().IsMatch(text))
        {
            return double.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? number
                : double.NaN;
        }
        return text;
    }

    // The implicit resolvers of PyYAML's resolver.py (Resolver.add_implicit_resolver), YAML 1.1.
    [GeneratedRegex("^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")]
    private static partial Regex Bool();

    [GeneratedRegex("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$")]
    private static partial Regex Int();

    [GeneratedRegex("^[-+]?(?:0|[1-9][0-9_]*)$")]
    private static partial Regex DecimalInt();

    [GeneratedRegex(@"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")]
    private static partial Regex Float();

    [GeneratedRegex("^(?:~|null|Null|NULL|)$")]
    private static partial Regex Null();
}
