namespace Gatehouse.HaConfig.Yaml;

/// <summary>
/// Visits every mapping entry and list item of a tree, each node once (anchors and aliases share nodes), without
/// recursion: includes nest files within files, and a deep tree must not overflow the stack.
/// </summary>
internal static class YamlWalker
{
    /// <summary>Every mapping entry, and every list item paired with the key of the list that holds it.</summary>
    public static IEnumerable<YamlEntry> Entries(YamlNode root)
    {
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>();
        pending.Push(root);
        while (pending.TryPop(out var node))
        {
            if (!seen.Add(node))
            {
                continue;
            }
            if (node is YamlMap map)
            {
                foreach (var entry in map.Entries)
                {
                    yield return entry;
                    pending.Push(entry.Value);
                }
            }
            else if (node is YamlList list)
            {
                foreach (var item in list.Items)
                {
                    pending.Push(item);
                }
            }
        }
    }
}
