namespace AifStudy.Core.Search;

/// <summary>A piece of a <see cref="TextSnippet"/>: original text, and whether it matched a search term.</summary>
/// <param name="Text">Original characters, not HTML; encode them when rendering (Razor does).</param>
/// <param name="IsMatch">Render inside <c>&lt;mark&gt;</c>.</param>
public sealed record SnippetSegment(string Text, bool IsMatch);
