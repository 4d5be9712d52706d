using System.Text;
using YamlDotNet.Core;

namespace Gatehouse.HaConfig.Yaml;

/// <summary>
/// Loads configuration.yaml the way HA does (loader.py): includes resolved relative to the including file, the
/// include-dir tags walking folders, <c>!secret</c> left as a name. Stricter than HA in one way: nothing outside
/// the config folder is read. Any problem stops the load and is reported with its file and line.
/// </summary>
internal sealed class HaYamlLoader(HaConfigFolder folder, HaYamlLimits limits)
{
    public HaYamlDocument Load(string file = HaConfigFolder.ConfigurationFile)
    {
        var session = new Session(folder, limits);
        try
        {
            var path = folder.ResolveInside(file)
                ?? throw new HaYamlException(new SourceMark(file, 0), "leads outside the config folder (a symbolic link); Gatehouse reads only inside it");
            if (!File.Exists(path))
            {
                throw new HaYamlException(new SourceMark(file, 0), $"does not exist in {folder.Root}; point Gatehouse at the folder that holds configuration.yaml");
            }
            var root = session.LoadFile(path, new SourceMark(file, 0)) switch
            {
                YamlMap map => map,
                null => new YamlMap(new SourceMark(file, 1), []),
                var other => throw new HaYamlException(other.Mark, "does not hold a mapping of integrations (key: value lines) at its top level"),
            };
            return new HaYamlDocument(root, null, session.Files);
        }
        catch (HaYamlException problem)
        {
            return HaYamlDocument.Failed(problem);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return HaYamlDocument.Failed(new HaYamlException(new SourceMark(file, 0), $"cannot be read ({exception.Message}); check the folder's permissions"));
        }
    }

    /// <summary>One load: the include stack (for loops), the files read and the limits.</summary>
    private sealed class Session(HaConfigFolder folder, HaYamlLimits limits)
    {
        private readonly List<string> _stack = [];

        public List<string> Files { get; } = [];

        public YamlNode? LoadFile(string path, SourceMark site)
        {
            var name = folder.Describe(path);
            if (_stack.Contains(path))
            {
                var loop = string.Join(" → ", _stack.SkipWhile(p => p != path).Append(path).Select(folder.Describe));
                throw new HaYamlException(site, $"includes {name} again, which makes a loop ({loop}); HA cannot load this either");
            }
            if (_stack.Count >= limits.MaxDepth || Files.Count >= limits.MaxFiles)
            {
                throw new HaYamlException(site, $"includes more than {limits.MaxFiles} files or {limits.MaxDepth} levels deep; Gatehouse stops there");
            }
            var length = new FileInfo(path).Length;
            if (length > limits.MaxFileBytes)
            {
                throw new HaYamlException(new SourceMark(name, 0), $"is {length / (1024 * 1024)} MB, larger than the {limits.MaxFileBytes / (1024 * 1024)} MB Gatehouse reads; HA configuration files are normally far smaller, so check what wrote it");
            }
            Files.Add(name);
            _stack.Add(path);
            try
            {
                using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                var parser = new YamlFileParser(name, limits.MaxDepth, (tag, argument, mark) => Include(tag, argument, mark, path));
                return parser.Parse(reader);
            }
            catch (YamlException exception)
            {
                throw new HaYamlException(new SourceMark(name, ErrorLine(exception, path)), $"is not valid YAML ({YamlMessage(exception)}); HA will not load it either");
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new HaYamlException(site, $"cannot be read ({exception.Message}); check the file's permissions");
            }
            finally
            {
                _stack.RemoveAt(_stack.Count - 1);
            }
        }

        private YamlNode Include(string tag, string argument, SourceMark site, string includingFile)
        {
            if (argument.Length == 0)
            {
                throw new HaYamlException(site, $"has {tag} without a file or folder name");
            }
            var target = Path.GetFullPath(argument, Path.GetDirectoryName(includingFile)!);
            var inside = folder.ResolveInside(target)
                ?? throw new HaYamlException(site, $"{tag} {argument} points outside the config folder; Gatehouse does not follow includes out of it, and HA configurations should not need to");
            if (tag == HaYamlTags.Include)
            {
                return File.Exists(inside)
                    ? LoadFile(inside, site) ?? new YamlMap(site, [])
                    : throw new HaYamlException(site, $"{tag} {argument}: the file does not exist, so HA cannot load this configuration");
            }
            var files = IncludeFolder.Files(inside).Select(f => folder.ResolveInside(f)
                ?? throw new HaYamlException(site, $"{tag} {argument}: {Path.GetFileName(f)} is a link to outside the config folder; Gatehouse does not follow it"));
            return IncludeFolder.Combine(tag, site, files.Select(f => (Path.GetFileNameWithoutExtension(f), LoadFile(f, site))));
        }

        /// <summary>YamlDotNet marks a tab in the indentation at the start of the enclosing mapping; the owner needs the tab's own line.</summary>
        private static long ErrorLine(YamlException exception, string path)
        {
            if (!exception.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
            {
                return exception.Start.Line;
            }
            var tabLine = File.ReadLines(path).Select((line, index) => (line, number: index + 1L))
                .Skip((int)Math.Max(0, exception.Start.Line - 1))
                .FirstOrDefault(l => l.line.TakeWhile(char.IsWhiteSpace).Contains('\t'));
            return tabLine.line is null ? exception.Start.Line : tabLine.number;
        }

        private static string YamlMessage(YamlException exception)
        {
            // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: …): "; the line is reported separately.
            var message = exception.Message;
            var cut = message.IndexOf("): ", StringComparison.Ordinal);
            return cut >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(cut + 3)..] : message;
        }
    }
}
