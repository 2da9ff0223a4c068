namespace AifStudy.Core.Search;

/// <summary>A user's search box input, split into folded terms that must all match.</summary>
public sealed class SearchQuery
{
    private SearchQuery(IReadOnlyList<SearchTerm> terms) => Terms = terms;

    /// <summary>The distinct terms in the order typed.</summary>
    public IReadOnlyList<SearchTerm> Terms { get; }

    /// <summary>Nothing searchable was typed (empty, whitespace or only punctuation).</summary>
    public bool IsEmpty => Terms.Count == 0;

    /// <summary>
    /// Splits on whitespace and punctuation, keeps <c>"quoted phrases"</c> and runs of CJK characters
    /// whole, separates CJK from Latin (<c>RAG检索</c> gives <c>rag</c> and <c>检索</c>), and folds every term.
    /// </summary>
    public static SearchQuery Parse(string? raw) =>
        new(string.IsNullOrWhiteSpace(raw) ? [] : QueryTokenizer.Tokenize(SearchText.Fold(raw)));
}
