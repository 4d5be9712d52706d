using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Options;

/// <summary>
/// Typed reads of one options object. A wrong type is recorded as a problem and read as "unset";
/// the value of a secret option is never repeated in a message.
/// </summary>
internal sealed class OptionValues(JObject root, List<OptionProblem> problems)
{
    public string? String(string name)
    {
        var token = Present(name);
        if (token is null)
        {
            return null;
        }
        if (token.Type != JTokenType.String)
        {
            Wrong(name, token, "text");
            return null;
        }
        var text = token.Value<string>()!.Trim();
        return text.Length == 0 ? null : text;
    }

    public bool? Bool(string name)
    {
        var token = Present(name);
        if (token is null)
        {
            return null;
        }
        if (token.Type == JTokenType.Boolean)
        {
            return token.Value<bool>();
        }
        Wrong(name, token, "true or false");
        return null;
    }

    public int? Integer(string name)
    {
        var token = Present(name);
        return token is null ? null : ToInteger(name, token);
    }

    public IReadOnlyList<string> StringList(string name)
    {
        var items = Items(name, "a list of text entries");
        var list = new List<string>();
        foreach (var item in items)
        {
            if (item.Type != JTokenType.String)
            {
                Wrong(name, item, "text in each entry");
                continue;
            }
            var text = item.Value<string>()!.Trim();
            if (text.Length > 0)
            {
                list.Add(text);
            }
        }
        return list;
    }

    public IReadOnlyList<int> IntegerList(string name) =>
        Items(name, "a list of whole numbers").Select(item => ToInteger(name, item)).OfType<int>().ToList();

    public AddonLogLevel? LogLevel(string name)
    {
        var text = String(name);
        if (text is null)
        {
            return null;
        }
        if (Enum.TryParse<AddonLogLevel>(text, ignoreCase: true, out var level) && !int.TryParse(text, out _))
        {
            return level;
        }
        var allowed = string.Join(", ", Enum.GetNames<AddonLogLevel>().Select(n => n.ToLowerInvariant()));
        problems.Add(new OptionProblem(name, $"'{text}' is not a log level; use one of {allowed}."));
        return null;
    }

    private JToken? Present(string name)
    {
        var token = root[name];
        return token is null || token.Type == JTokenType.Null ? null : token;
    }

    private IEnumerable<JToken> Items(string name, string expected)
    {
        var token = Present(name);
        if (token is null)
        {
            return [];
        }
        if (token is JArray array)
        {
            return array;
        }
        Wrong(name, token, expected);
        return [];
    }

    private int? ToInteger(string name, JToken token)
    {
        switch (token.Type)
        {
            case JTokenType.Integer when token.Value<long>() is >= int.MinValue and <= int.MaxValue:
                return token.Value<int>();
            case JTokenType.String when int.TryParse(token.Value<string>(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed):
                return parsed;
            default:
                Wrong(name, token, "a whole number");
                return null;
        }
    }

    private void Wrong(string name, JToken token, string expected)
    {
        var shown = OptionNames.Secrets.Contains(name) ? "the value given" : $"'{Shorten(token.ToString(Newtonsoft.Json.Formatting.None))}'";
        problems.Add(new OptionProblem(name, $"{shown} is not {expected}; set {expected}."));
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
