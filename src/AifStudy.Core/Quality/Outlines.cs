using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Quality;

/// <summary>
/// The sections of a note that are its own table of contents: a list whose entries are, for the most part, the titles of
/// the note's other sections ("3. Prompt Design: System vs. User Prompts" over a "## 3. Prompt Design: System vs. User
/// Prompts" further down). An entry there is a chapter title, not a term and its definition.
/// </summary>
public static partial class Outlines
{
    private const int MinEntries = 3;

    private static readonly ConditionalWeakTable<ParsedNote, IReadOnlySet<int>> Cache = new();

    /// <summary>The <see cref="NoteSection.Index"/> of each section of <paramref name="note"/> that lists its contents.</summary>
    public static IReadOnlySet<int> In(ParsedNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return Cache.GetValue(note, Find);
    }

    private static IReadOnlySet<int> Find(ParsedNote note)
    {
        var found = new HashSet<int>();
        Dictionary<string, List<int>>? titles = null;
        foreach (var section in note.Sections)
        {
            var lines = ListEntry().Matches(section.Markdown);
            if (lines.Count < MinEntries)
            {
                continue;
            }

            // The titles are read once per note, and only for a note with a list long enough to be an outline.
            titles ??= note.Sections.GroupBy(s => Key(s.Title)).Where(g => g.Key.Length > 0)
                .ToDictionary(g => g.Key, g => g.Select(s => s.Index).ToList(), StringComparer.Ordinal);
            var entries = lines.Select(m => Key(m.Groups["text"].Value)).Where(e => e.Length > 0).ToList();
            var named = entries.Count(e => titles.TryGetValue(e, out var at) && at.Any(i => i != section.Index));
            if (entries.Count >= MinEntries && 2 * named > entries.Count)
            {
                found.Add(section.Index);
            }
        }

        return found;
    }

    // A title or an entry as they compare: no number, emoji or markup, letters and digits only.
    private static string Key(string text) =>
        QualityText.Compared(CardText.StripNumber(QualityText.Emoji().Replace(CardRules.Visible(text.Trim()), "").Trim()));

    [GeneratedRegex(@"(?m)^[ \t]*(?:[-*+]|\d+[.)、])[ \t]+(?<text>[^\r\n]+)$")]
    private static partial Regex ListEntry();
}
