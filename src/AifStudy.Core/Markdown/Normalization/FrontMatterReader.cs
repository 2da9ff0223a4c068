using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AifStudy.Core.Markdown.Normalization;

/// <summary>Reads front matter with YamlDotNet, falling back to <c>key: value</c> lines when it is not valid YAML.</summary>
internal static class FrontMatterReader
{
    public static FrontMatter Read(IReadOnlyList<SourceLine> lines, Action<string> warn)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var tags = new List<string>();
        try
        {
            if (ReadSimple(lines, values, tags))
            {
                return Result(values, tags);
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(string.Join('\n', lines.Select(l => l.Text))));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map)
            {
                foreach (var (key, value) in map.Children)
                {
                    var name = Flatten(key).FirstOrDefault() ?? "";
                    var items = Flatten(value).ToList();
                    values[name] = string.Join(", ", items);
                    if (name.Equals("tags", StringComparison.OrdinalIgnoreCase))
                    {
                        tags.AddRange(value is YamlScalarNode ? SplitTags(values[name]) : items.Select(CleanTag));
                    }
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or ArgumentException)
        {
            // ArgumentException: YamlDotNet's mapping rejects duplicate keys that way.
            var yamlLine = ex is YamlException y ? (int)Math.Max(0, y.Start.Line - 1) : 0;
            var line = (lines.Count == 0 ? 1 : lines[0].OriginalLine) + yamlLine;
            warn(string.Create(CultureInfo.InvariantCulture, $"front matter is not valid YAML (line {line}: {ex.Message}); read it as key: value lines"));
            values.Clear();
            tags.Clear();
            ReadLines(lines, values, tags);
        }

        return Result(values, tags);
    }

    private static FrontMatter Result(Dictionary<string, string> values, List<string> tags) =>
        new()
        {
            Title = NonBlank(values.GetValueOrDefault("title")),
            Domain = NonBlank(values.GetValueOrDefault("domain")),
            Tags = tags.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            Values = values,
        };

    private static void ReadLines(IReadOnlyList<SourceLine> lines, Dictionary<string, string> values, List<string> tags)
    {
        foreach (var line in lines)
        {
            var colon = line.Text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || char.IsWhiteSpace(line.Text[0]))
            {
                continue;
            }

            var key = line.Text[..colon].Trim();
            var value = line.Text[(colon + 1)..].Trim().Trim('"', '\'');
            values[key] = value;
            if (key.Equals("tags", StringComparison.OrdinalIgnoreCase))
            {
                tags.AddRange(SplitTags(value.Trim('[', ']')));
            }
        }
    }

    // The usual front matter, "key: plain words" and "key: [a, b]" lines only, read without YamlDotNet (which costs as
    // much as the rest of the normalisation): what YamlDotNet reads from such lines is certain. False, with nothing
    // added, for anything else (quotes, comments, blocks, empty or special values, repeated keys...).
    private static bool ReadSimple(IReadOnlyList<SourceLine> lines, Dictionary<string, string> values, List<string> tags)
    {
        var entries = new List<(string Key, List<string> Items, bool IsSequence)>(lines.Count);
        foreach (var line in lines)
        {
            var text = line.Text.AsSpan();
            var colon = text.IndexOf(": ");
            if (colon <= 0 || !IsSimpleKey(text[..colon]))
            {
                return false;
            }

            var key = text[..colon].ToString();
            var value = text[(colon + 2)..];
            var items = new List<string>();
            var isSequence = value.Length >= 2 && value[0] == '[' && value[^1] == ']';
            if (isSequence)
            {
                foreach (var range in value[1..^1].Split(','))
                {
                    var item = value[1..^1][range];
                    item = item.Length > 0 && item[0] == ' ' ? item[1..] : item;
                    if (!IsSimpleScalar(item))
                    {
                        return false;
                    }

                    items.Add(item.ToString());
                }
            }
            else if (IsSimpleScalar(value))
            {
                items.Add(value.ToString());
            }
            else
            {
                return false;
            }

            if (entries.Exists(e => e.Key == key))
            {
                return false;
            }

            entries.Add((key, items, isSequence));
        }

        foreach (var (key, items, isSequence) in entries)
        {
            values[key] = string.Join(", ", items);
            if (key.Equals("tags", StringComparison.OrdinalIgnoreCase))
            {
                tags.AddRange(isSequence ? items.Select(CleanTag) : SplitTags(values[key]));
            }
        }

        return true;
    }

    private static bool IsSimpleKey(ReadOnlySpan<char> key)
    {
        if (!char.IsAsciiLetter(key[0]))
        {
            return false;
        }

        foreach (var ch in key)
        {
            if (!char.IsAsciiLetterOrDigit(ch) && ch is not ('_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    // Words of letters and digits (with . _ / - inside), single spaces between; not a YAML null or boolean.
    private static bool IsSimpleScalar(ReadOnlySpan<char> value)
    {
        if (value.Length == 0 || !char.IsLetterOrDigit(value[0]) || !char.IsLetterOrDigit(value[^1]) || IsSpecialWord(value))
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var ch = value[i];
            var ok = char.IsLetterOrDigit(ch) || ch is '.' or '_' or '/' or '-' || (ch == ' ' && value[i - 1] != ' ');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSpecialWord(ReadOnlySpan<char> value) =>
        value.Length <= 5 && value.ToString().ToLowerInvariant() is "null" or "true" or "false" or "yes" or "no" or "on" or "off" or "y" or "n";

    // Obsidian values: [[wikilinks]] parse as nested sequences, empty keys as null scalars.
    private static IEnumerable<string> Flatten(YamlNode node) => node switch
    {
        YamlScalarNode scalar => string.IsNullOrEmpty(scalar.Value) ? [] : [scalar.Value],
        YamlSequenceNode seq => seq.Children.SelectMany(Flatten),
        YamlMappingNode map => map.Children.SelectMany(kv => Flatten(kv.Key).Concat(Flatten(kv.Value))),
        _ => [],
    };

    private static IEnumerable<string> SplitTags(string value) =>
        value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(CleanTag);

    private static string CleanTag(string tag) => tag.Trim().TrimStart('#');

    private static string? NonBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
