namespace Gatehouse.HaConfig.Yaml;

/// <summary>
/// Visits every mapping entry and list item of a tree, each node once (anchors and aliases share nodes), without
/// recursion: includes nest files within files, and a deep tree must not overflow the stack.
/// </summary>
internal static class YamlWalker
{
    /// <summary>
    /// Every mapping entry, and every list item that is not a mapping paired with the key of the nearest mapping
    /// entry holding the list (lists in lists too): <c>- rtsp://admin:pw@camera</c> under <c>streams:</c> comes out
    /// as <c>streams</c> with that value, marked where the item is written. A mapping in a list gives its own entries.
    /// </summary>
    public static IEnumerable<YamlEntry> Entries(YamlNode root)
    {
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(YamlNode Node, string Key)>();
        pending.Push((root, ""));
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current.Node))
            {
                continue;
            }
            if (current.Node is YamlMap map)
            {
                foreach (var entry in map.Entries)
                {
                    yield return entry;
                    pending.Push((entry.Value, entry.Key));
                }
            }
            else if (current.Node is YamlList list)
            {
                foreach (var item in list.Items)
                {
                    if (item is not (YamlMap or YamlList))
                    {
                        yield return new YamlEntry(current.Key, item.Mark, item);
                    }
                    pending.Push((item, current.Key));
                }
            }
        }
    }
}
