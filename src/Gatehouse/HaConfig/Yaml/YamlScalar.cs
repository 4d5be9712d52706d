namespace Gatehouse.HaConfig.Yaml;

/// <summary>A plain or quoted value as written (no type conversion: the checks decide what it means).</summary>
internal sealed class YamlScalar(SourceMark mark, string value, bool isPlain) : YamlNode(mark)
{
    public string Value { get; } = value;

    /// <summary>Unquoted: <c>~</c>, <c>null</c> and an empty plain value mean null, as in YAML.</summary>
    public bool IsPlain { get; } = isPlain;

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>YAML 1.1 booleans as PyYAML reads them (HA's loader).</summary>
    public bool? AsBool() => IsPlain
        ? Value.ToLowerInvariant() switch
        {
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            _ => null,
        }
        : null;

    public int? AsInt() => int.TryParse(Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;
}
