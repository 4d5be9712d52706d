using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Gatehouse.HaConfig.Yaml;

/// <summary>
/// Turns one YAML file into <see cref="YamlNode"/>s from YamlDotNet's event stream, keeping lines, anchors and
/// merge keys (<c>&lt;&lt;</c>) as PyYAML's SafeLoader does. Include tags are handed to <paramref name="include"/>
/// with the nesting depth reached, so nesting across included files counts against one limit. Every node built
/// and every node an alias or merge key reaches again is counted against the run's <paramref name="budget"/>:
/// aliases share nodes, so memory stays with the text, and the count stops a "YAML bomb" before its users walk it.
/// </summary>
internal sealed class YamlFileParser(string file, int startDepth, ReadBudget budget, Func<string, string, SourceMark, int, (YamlNode Node, long Size)> include)
{
    private const string MergeKey = "<<";
    private readonly Dictionary<string, (YamlNode Node, long Size)> _anchors = new(StringComparer.Ordinal);
    private readonly int _maxDepth = budget.Limits.MaxDepth;
    private int _depth = startDepth;
    private long _lastLine;

    /// <summary>The values this file stands for with every alias and include expanded: what a repeated include of it reaches again.</summary>
    public long Size { get; private set; }

    /// <summary>The document's root, or null for an empty file.</summary>
    public YamlNode? Parse(TextReader reader)
    {
        try
        {
            return ParseDocument(new Parser(reader));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (not a YamlException) on some malformed input; the last line read is the best mark.
            throw new HaYamlException(new SourceMark(file, _lastLine), "is not valid YAML (the error is on this line or just after it); HA will not load it either");
        }
    }

    private YamlNode? ParseDocument(Parser parser)
    {
        parser.Consume<StreamStart>();
        if (parser.TryConsume<StreamEnd>(out _))
        {
            return null;
        }
        parser.Consume<DocumentStart>();
        var root = ReadNode(parser);
        parser.Consume<DocumentEnd>();
        if (!parser.TryConsume<StreamEnd>(out _))
        {
            throw new HaYamlException(Mark(parser.Current!.Start), "holds more than one YAML document (a second '---'); HA reads only single-document files");
        }
        return root;
    }

    private SourceMark Mark(YamlDotNet.Core.Mark mark) => new(file, mark.Line);

    private YamlNode ReadNode(IParser parser)
    {
        if (++_depth > _maxDepth)
        {
            throw new HaYamlException(Mark(parser.Current!.Start), $"is nested more than {_maxDepth} levels deep");
        }
        var parsingEvent = parser.Consume<ParsingEvent>();
        _lastLine = parsingEvent.Start.Line;
        var sizeBefore = Size;
        if (parsingEvent is not AnchorAlias)
        {
            budget.TakeNodes(1, Mark(parsingEvent.Start));
            Size++;
        }
        var node = parsingEvent switch
        {
            AnchorAlias alias => Alias(alias),
            Scalar scalar => ReadScalar(scalar),
            SequenceStart => ReadList(parser, parsingEvent.Start),
            MappingStart => ReadMap(parser, parsingEvent.Start),
            _ => throw new HaYamlException(Mark(parsingEvent.Start), $"has an unexpected {parsingEvent.GetType().Name}"),
        };
        if (parsingEvent is NodeEvent { Anchor.IsEmpty: false } anchoredEvent)
        {
            _anchors[anchoredEvent.Anchor.Value] = (node, Size - sizeBefore);
        }
        _depth--;
        return node;
    }

    private YamlNode Alias(AnchorAlias alias)
    {
        if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
        {
            throw new HaYamlException(Mark(alias.Start), $"uses the alias *{alias.Value} before any &{alias.Value} defines it");
        }
        budget.TakeExpansion(anchored.Size, Mark(alias.Start));
        Size += anchored.Size;
        return anchored.Node;
    }

    private YamlNode ReadScalar(Scalar scalar)
    {
        var mark = Mark(scalar.Start);
        var tag = scalar.Tag.IsEmpty ? "" : scalar.Tag.Value;
        if (tag.Length == 0 || tag == "!" || tag.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal))
        {
            return new YamlScalar(mark, scalar.Value, isPlain: tag.Length == 0 && scalar.Style == ScalarStyle.Plain);
        }
        if (!HaYamlTags.IsInclude(tag))
        {
            return new YamlTagged(mark, tag, scalar.Value.Trim());
        }
        var (included, size) = include(tag, scalar.Value.Trim(), mark, _depth);
        Size += size;
        return included;
    }

    private YamlList ReadList(IParser parser, YamlDotNet.Core.Mark start)
    {
        var items = new List<YamlNode>();
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            items.Add(ReadNode(parser));
        }
        return new YamlList(Mark(start), items);
    }

    private YamlMap ReadMap(IParser parser, YamlDotNet.Core.Mark start)
    {
        var entries = new List<YamlEntry>();
        var merged = new List<YamlEntry>();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var sizeBefore = Size;
            var key = ReadNode(parser);
            var value = ReadNode(parser);
            var keyText = key is YamlScalar scalar ? scalar.Value : key is YamlTagged tagged ? $"{tagged.Tag} {tagged.Argument}" : "(complex key)";
            if (keyText == MergeKey && key is YamlScalar { IsPlain: true })
            {
                merged.AddRange(MergeSources(value));
                // The mapping stands for the entries it copies (counted below), not for the merged mapping besides.
                Size = sizeBefore + 1;
                continue;
            }
            entries.Add(new YamlEntry(keyText, key.Mark, value));
        }
        if (merged.Count > 0)
        {
            // Merged keys never override keys written in the mapping itself (YAML merge-key rules). Each copied entry
            // counts: a chain of maps that each merge the previous one copies a growing number of entries.
            budget.TakeExpansion(merged.Count, Mark(start));
            Size += merged.Count;
            var written = entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
            entries.AddRange(merged.Where(m => !written.Contains(m.Key)));
        }
        return new YamlMap(Mark(start), entries);
    }

    private IEnumerable<YamlEntry> MergeSources(YamlNode value) => value switch
    {
        YamlMap map => map.Entries,
        YamlList list => list.Items.OfType<YamlMap>().SelectMany(m => m.Entries),
        _ => throw new HaYamlException(value.Mark, "merges ('<<') something that is not a mapping"),
    };
}
