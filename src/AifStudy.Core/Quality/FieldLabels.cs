using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Quality;

/// <summary>
/// The line labels a note repeats: "数据：…" under each of three practice projects, "Effect:" under each parameter. A
/// label written twice or more is a field of the note's own template, not a term, and "“数据”指什么？" has no one answer.
/// </summary>
public static partial class FieldLabels
{
    private static readonly ConditionalWeakTable<ParsedNote, IReadOnlySet<string>> Cache = new();

    /// <summary>The keys (<see cref="QualityText.Key"/>) of the line labels that <paramref name="note"/> writes more than once.</summary>
    public static IReadOnlySet<string> RepeatedIn(ParsedNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return Cache.GetValue(note, Count);
    }

    /// <summary>True when <paramref name="term"/> is a label <paramref name="note"/> repeats.</summary>
    public static bool IsRepeated(ParsedNote note, string term) => RepeatedIn(note).Contains(QualityText.Key(term));

    private static IReadOnlySet<string> Count(ParsedNote note)
    {
        // Counted apart by style: an italic label ("- *考察点*：" under each question) repeats only as an italic one, so a
        // term defined in bold and named again in italics elsewhere is no field.
        var counts = new Dictionary<(bool Italic, string Key), int>();
        foreach (var section in note.Sections)
        {
            // Line by line, and only lines with a colon: most lines of a note have none, and the pattern tries up to 30
            // characters at every line start (it was a tenth of the cards phase).
            foreach (var range in section.Markdown.AsSpan().Split('\n'))
            {
                var line = section.Markdown.AsSpan(range.Start.Value, range.End.Value - range.Start.Value);
                if (line.IndexOfAny(':', '：') < 0 || LeadLabel().Match(line.ToString()) is not { Success: true } m)
                {
                    continue;
                }

                var key = QualityText.Key(m.Groups["label"].Value);
                if (key.Length > 0)
                {
                    var slot = (m.Groups["italic"].Success, key);
                    counts[slot] = counts.GetValueOrDefault(slot) + 1;
                }
            }
        }

        return counts.Where(c => c.Value > 1).Select(c => c.Key.Key).ToHashSet(StringComparer.Ordinal);
    }

    // "- **数据**：…", "* Effect: …", "1. 数据：…", "**Authors:** …", "- *考察点*：…": a label that opens a line and ends at its colon.
    [GeneratedRegex(@"(?m)^[ \t>]*(?:[-*+]|\d+[.)])?[ \t]*(?:\*\*|__|(?<italic>[*_]))?(?<label>[^:：*_\r\n|]{1,30}?)(?:\*\*|__|\*|_)?[ \t]*[:：](?:\*\*|__|\*|_)?(?!//)")]
    private static partial Regex LeadLabel();
}
