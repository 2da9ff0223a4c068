using System.Globalization;
using AifStudy.Tests.Shared;

namespace AifStudy.Benchmarks;

/// <summary>
/// Writes <c>count</c> notes made from the real notes in content/ (cycled), each with its own title and one extra
/// section, so every file is distinct and the mix of quirks (tabs, plain text, CJK) is the users' own.
/// </summary>
internal static class CorpusGenerator
{
    public static IReadOnlyList<string> Write(string folder, int count)
    {
        var sources = Directory.GetFiles(TestPaths.Content, "*.md").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        Directory.CreateDirectory(folder);
        var paths = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"note-{i:D5}.md"));
            var text = sources[i % sources.Length]
                + string.Create(CultureInfo.InvariantCulture, $"\n\n## 变体 {i}\n\n- **术语 {i}**：第 {i} 个生成的定义。\n");
            File.WriteAllText(path, text);
            paths.Add(path);
        }

        return paths;
    }
}
