using Markdig.Syntax;

namespace AifStudy.Core.Markdown;

/// <summary>
/// Assigns every heading of a parsed document its anchor, in document order, with one <see cref="AnchorGenerator"/>.
/// The parser and the renderer both use this, so a section's anchor always names its rendered heading
/// (whose id is <see cref="ContentIds.For"/>(anchor)).
/// </summary>
internal static class HeadingAnchors
{
    /// <summary>Each heading's anchor, for the renderer.</summary>
    public static Dictionary<HeadingBlock, string> Assign(MarkdownDocument document)
    {
        var result = new Dictionary<HeadingBlock, string>(ReferenceEqualityComparer.Instance);
        foreach (var heading in InOrder(document))
        {
            result[heading.Heading] = heading.Anchor;
        }

        return result;
    }

    /// <summary>Every heading with its text and anchor, in document order (headings nested in quotes and lists too).</summary>
    public static List<HeadingAnchor> InOrder(MarkdownDocument document)
    {
        var result = new List<HeadingAnchor>();
        Visit(document, new AnchorGenerator(), result);
        return result;
    }

    private static void Visit(ContainerBlock container, AnchorGenerator anchors, List<HeadingAnchor> result)
    {
        foreach (var block in container)
        {
            if (block is HeadingBlock heading)
            {
                var text = InlineText.Of(heading.Inline);
                result.Add(new HeadingAnchor(heading, text, anchors.Next(text)));
            }
            else if (block is ContainerBlock inner)
            {
                Visit(inner, anchors, result);
            }
        }
    }
}
