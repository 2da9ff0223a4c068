using AifStudy.Core.Markdown;
using Markdig.Syntax;

namespace AifStudy.Core.Notes;

/// <summary>
/// Plain text of a paragraph during one parse. The section text, the list items and the definitions all read a list
/// item's first paragraph, so its text is built once and kept on the paragraph (the parser owns that document).
/// </summary>
internal static class ParagraphText
{
    private static readonly object Key = new();

    /// <summary>The same as <see cref="InlineText.Of"/> of the paragraph's inlines.</summary>
    public static string Of(ParagraphBlock paragraph)
    {
        if (paragraph.Parent is not ListItemBlock)
        {
            return InlineText.Of(paragraph.Inline);
        }

        if (paragraph.GetData(Key) is string text)
        {
            return text;
        }

        text = InlineText.Of(paragraph.Inline);
        paragraph.SetData(Key, text);
        return text;
    }
}
