using Markdig.Syntax;

namespace AifStudy.Core.Markdown;

/// <summary>A heading, its plain text and its anchor (see <see cref="HeadingAnchors"/>).</summary>
internal readonly record struct HeadingAnchor(HeadingBlock Heading, string Text, string Anchor);
