namespace AifStudy.Core.Search;

/// <summary>The normal form that both indexed text and queries go through before they are compared.</summary>
public static class SearchText
{
    /// <summary>
    /// NFKC (full-width letters, digits and spaces become half-width), invariant lower case,
    /// Traditional Chinese to Simplified (<see cref="ChineseScript"/>), and whitespace runs
    /// collapsed to one space with none at either end.
    /// </summary>
    public static string Fold(string text) => FoldedText.Create(text, withMap: false).Text;
}
