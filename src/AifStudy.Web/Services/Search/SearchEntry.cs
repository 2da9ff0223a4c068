using AifStudy.Core.Search;

namespace AifStudy.Web.Services.Search;

/// <summary>
/// One row of the search index, ready to write: folded title and body (<see cref="SearchText.Fold"/>) and their gram
/// tokens (<see cref="SearchGramTokens"/>). Preparing it is pure CPU work and thread-safe, so an import can do it on
/// another thread than the one writing; <see cref="SqliteSearchIndex.Writer"/> adds the id of the section or card.
/// </summary>
public sealed record SearchEntry(string Kind, string NoteSlug, string Anchor, string Title, string Body, string Grams)
{
    /// <summary>The entry of a section: its title and plain text.</summary>
    public static SearchEntry ForSection(string noteSlug, string anchor, string title, string plainText) =>
        Create(SqliteSearchIndex.SectionKind, noteSlug, anchor, title, plainText);

    /// <summary>The entry of an active card: its front and back.</summary>
    public static SearchEntry ForCard(string noteSlug, string sectionAnchor, string front, string back) =>
        Create(SqliteSearchIndex.CardKind, noteSlug, sectionAnchor, front, back);

    private static SearchEntry Create(string kind, string noteSlug, string anchor, string title, string body)
    {
        var foldedTitle = SearchText.Fold(title);
        var foldedBody = SearchText.Fold(body);
        return new SearchEntry(kind, noteSlug, anchor, foldedTitle, foldedBody, SearchGramTokens.ForRow(foldedTitle, foldedBody));
    }
}
