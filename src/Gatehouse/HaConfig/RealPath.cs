namespace Gatehouse.HaConfig;

/// <summary>
/// The physical path of a file or folder with every symbolic link resolved, component by component, so a
/// link anywhere on the way (not only the last name) is followed before we decide whether a path is inside
/// the config folder.
/// </summary>
internal static class RealPath
{
    /// <summary>The kernel's own limit for nested links (Linux MAXSYMLINKS); a loop of links stops here.</summary>
    private const int MaxLinks = 40;

    public static string Resolve(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    private static string Resolve(string fullPath, ref int links)
    {
        var root = Path.GetPathRoot(fullPath) ?? "/";
        var current = root;
        foreach (var part in fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            if (new FileInfo(next).LinkTarget is { } target)
            {
                if (++links > MaxLinks)
                {
                    throw new IOException($"too many symbolic links at {next}");
                }
                next = Resolve(Path.GetFullPath(target, current), ref links);
            }
            current = next;
        }
        return current;
    }
}
