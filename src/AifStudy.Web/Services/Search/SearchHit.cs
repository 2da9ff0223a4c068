using AifStudy.Core.Search;

namespace AifStudy.Web.Services.Search;

/// <summary>One matching section or card. <see cref="Score"/> is <see cref="AifStudy.Core.Search.SearchRanking"/>'s (negative, lower is better).</summary>
public sealed record SearchHit(string Kind, string NoteSlug, string NoteTitle, string Anchor, string Title, TextSnippet Snippet, double Score);
