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
            if (SimpleFrontMatter.Read(lines) is { } entries)
            {
                foreach (var (key, items, isSequence) in entries)
                {
                    values[key] = string.Join(", ", items);
                    if (key.Equals("tags", StringComparison.OrdinalIgnoreCase))
                    {
                        tags.AddRange(isSequence ? items.Select(CleanTag) : SplitTags(values[key]));
                    }
                }

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
            var text = line.Text;
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || char.IsWhiteSpace(text[0]))
            {
                continue;
            }

            var key = text[..colon].Trim();
            var value = text[(colon + 1)..].Trim().Trim('"', '\'');
            values[key] = value;
            if (key.Equals("tags", StringComparison.OrdinalIgnoreCase))
            {
                tags.AddRange(SplitTags(value.Trim('[', ']')));
            }
        }
    }

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
