using System.Text;

namespace AifStudy.Core.Search;

/// <summary>One folded term of a <see cref="SearchQuery"/>: a word, a run of CJK characters, or a quoted phrase.</summary>
/// <param name="Text">The term in <see cref="SearchText.Fold"/> form.</param>
/// <param name="IsPhrase">Whether the user wrote it in double quotes.</param>
public sealed record SearchTerm(string Text, bool IsPhrase)
{
    /// <summary>Length in Unicode characters (code points), the unit FTS5's trigram tokenizer counts.</summary>
    public int Length { get; } = Text.EnumerateRunes().Count();

    /// <summary>
    /// Shorter than three characters, so an FTS5 trigram index cannot find it (<c>微调</c>, <c>ai</c>);
    /// search for it with <see cref="ToLikePattern"/> instead.
    /// </summary>
    public bool IsShort => Length < 3;

    /// <summary>The term as an FTS5 string: double-quoted, inner quotes doubled, so it is never read as syntax.</summary>
    public string ToFtsString() => $"\"{Text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary>
    /// A <c>LIKE</c> pattern matching the term anywhere, with <c>%</c>, <c>_</c> and the escape
    /// character escaped; use it as <c>LIKE @pattern ESCAPE '\'</c>.
    /// </summary>
    public string ToLikePattern()
    {
        var pattern = new StringBuilder(Text.Length + 2).Append('%');
        foreach (var c in Text)
        {
            if (c is '%' or '_' or '\\')
            {
                pattern.Append('\\');
            }

            pattern.Append(c);
        }

        return pattern.Append('%').ToString();
    }
}
