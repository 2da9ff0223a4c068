using System.Globalization;
using System.Text;

namespace AifStudy.Tests.Shared;

/// <summary>
/// Writes <c>count</c> notes built from the sections of the real notes in content/: each note draws
/// <c>sectionsPerNote</c> sections at random (so sections are shuffled and notes mix Simplified Chinese, Traditional
/// Chinese and English), renames every heading so that no two notes share titles, and varies heading levels and
/// domains. Deterministic for a seed: the same arguments give byte-identical files.
/// </summary>
internal static class CorpusGenerator
{
    public static IReadOnlyList<string> Write(string folder, int count, int sectionsPerNote = 50, int seed = 2026)
    {
        var pool = Directory.GetFiles(TestPaths.Content, "*.md").Order(StringComparer.Ordinal)
            .SelectMany(f => SplitSections(File.ReadAllText(f))).ToArray();
        var random = new Random(seed);
        Directory.CreateDirectory(folder);
        var paths = new List<string>(count);
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Clear();
            text.Append(CultureInfo.InvariantCulture, $"---\ndomain: {1 + (i % 5)}\ntags: [generated]\n---\n");
            text.Append(CultureInfo.InvariantCulture, $"# {(i % 2 == 0 ? "Generated note" : "生成的笔记")} {i}\n\n");

            // The title heading is one section; the rest are drawn from the pool.
            for (var k = 1; k < sectionsPerNote; k++)
            {
                var (title, body) = pool[random.Next(pool.Length)];
                var level = k == 1 || random.Next(3) > 0 ? 2 : 3;
                var renamed = (k % 3) switch
                {
                    0 => string.Create(CultureInfo.InvariantCulture, $"{title} ({i}.{k})"),
                    1 => string.Create(CultureInfo.InvariantCulture, $"{title}（第 {i}-{k} 节）"),
                    _ => string.Create(CultureInfo.InvariantCulture, $"{k}. {title} · {i}"),
                };
                text.Append('#', level).Append(' ').Append(renamed).Append("\n\n").Append(body).Append("\n\n");
            }

            var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"note-{i:D5}.md"));
            File.WriteAllText(path, text.ToString());
            paths.Add(path);
        }

        return paths;
    }

    /// <summary>
    /// A note's sections as (heading text, body), split at heading lines outside code fences. A note without headings
    /// (plain text, one topic per line) is cut into chunks of six lines, each titled by its first line.
    /// </summary>
    private static List<(string Title, string Body)> SplitSections(string note)
    {
        var lines = note.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = 0;
        if (lines[0] == "---")
        {
            start = Array.IndexOf(lines, "---", 1) + 1;
        }

        var sections = new List<(string Title, string Body)>();
        string? title = null;
        var body = new StringBuilder();
        var inFence = false;
        var hasHeadings = lines.Skip(start).Any(l => l.StartsWith('#'));
        for (var n = start; n < lines.Length; n++)
        {
            var line = lines[n];
            inFence ^= line.TrimStart().StartsWith("```", StringComparison.Ordinal);
            var isHeading = hasHeadings ? !inFence && line.StartsWith('#') : (n - start) % 6 == 0;
            if (isHeading)
            {
                Flush();
                title = hasHeadings ? line.TrimStart('#').Trim() : line.Trim();
                continue;
            }

            body.Append(line).Append('\n');
        }

        Flush();
        return sections;

        void Flush()
        {
            if (!string.IsNullOrWhiteSpace(title) && body.ToString().Trim() is { Length: > 0 } text)
            {
                sections.Add((title, text));
            }

            body.Clear();
        }
    }
}
