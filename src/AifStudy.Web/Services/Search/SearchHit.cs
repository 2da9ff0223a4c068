using AifStudy.Core.Search;

namespace AifStudy.Web.Services.Search;

/// <summary>One matching section or card. <see cref="Score"/> is FTS5's bm25 (lower is better; 0 for short-term-only queries).</summary>
public sealed record SearchHit(string Kind, string NoteSlug, string NoteTitle, string Anchor, string Title, TextSnippet Snippet, double Score);
