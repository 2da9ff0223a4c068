namespace AifStudy.Web.Services.Search;

/// <summary>The hits of one note, best first.</summary>
public sealed record NoteHits(string NoteSlug, string NoteTitle, IReadOnlyList<SearchHit> Hits);
