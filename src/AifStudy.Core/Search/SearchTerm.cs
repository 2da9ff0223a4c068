namespace AifStudy.Core.Search;

/// <summary>One folded term of a <see cref="SearchQuery"/>: a word, a run of CJK characters, or a quoted phrase.</summary>
/// <param name="Text">The term in <see cref="SearchText.Fold"/> form.</param>
/// <param name="IsPhrase">Whether the user wrote it in double quotes.</param>
public sealed record SearchTerm(string Text, bool IsPhrase)
{
    /// <summary>Length in Unicode characters (code points), not UTF-16 units.</summary>
    public int Length { get; } = Text.EnumerateRunes().Count();
}
