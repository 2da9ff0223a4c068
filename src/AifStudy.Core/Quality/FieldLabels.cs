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
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var section in note.Sections)
        {
            foreach (Match m in LeadLabel().Matches(section.Markdown))
            {
                var key = QualityText.Key(m.Groups["label"].Value);
                if (key.Length > 0)
                {
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        return counts.Where(c => c.Value > 1).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
    }

    // "- **数据**：…", "* Effect: …", "1. 数据：…", "**Authors:** …": a label that opens a line and ends at its colon.
    [GeneratedRegex(@"(?m)^[ \t>]*(?:[-*+]|\d+[.)])?[ \t]*(?:\*\*|__)?(?<label>[^:：*_\r\n|]{1,30}?)(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?(?!//)")]
    private static partial Regex LeadLabel();
}
