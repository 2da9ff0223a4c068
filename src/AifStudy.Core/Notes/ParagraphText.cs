using AifStudy.Core.Markdown;
using Markdig.Syntax;

namespace AifStudy.Core.Notes;

/// <summary>
/// Plain texts of list items' paragraphs during one section's walk. The section text, the list items and the definitions
/// all read a list item's first paragraph, so the section-text pass keeps each text it builds, in document order, and the
/// readers after it look them up by source position (a binary search, no hashing and nothing stored on the AST).
/// </summary>
internal sealed class ParagraphText
{
    [ThreadStatic]
    private static ParagraphText? t_free;

    private int[] _starts = new int[64];
    private ParagraphBlock?[] _paragraphs = new ParagraphBlock?[64];
    private string?[] _texts = new string?[64];
    private int _count;

    /// <summary>An empty instance for one section, reused per thread.</summary>
    public static ParagraphText Rent()
    {
        var texts = t_free ?? new ParagraphText();
        t_free = null;
        return texts;
    }

    /// <summary>Forgets the texts (so the AST can go) and keeps the instance for the thread's next section.</summary>
    public static void Return(ParagraphText texts)
    {
        Array.Clear(texts._paragraphs, 0, texts._count);
        Array.Clear(texts._texts, 0, texts._count);
        texts._count = 0;
        t_free = texts;
    }

    /// <summary>The same as <see cref="InlineText.Of"/> of the paragraph's inlines; list items' paragraphs are kept.</summary>
    public string Of(ParagraphBlock paragraph)
    {
        if (paragraph.Parent is not ListItemBlock)
        {
            return InlineText.Of(paragraph.Inline);
        }

        var start = paragraph.Span.Start;
        var index = _starts.AsSpan(0, _count).BinarySearch(start);
        if (index >= 0 && ReferenceEquals(_paragraphs[index], paragraph))
        {
            return _texts[index]!;
        }

        var text = InlineText.Of(paragraph.Inline);

        // Document order is source order, so the walk appends; anything else is built again when asked for.
        if (index < 0 && ~index == _count)
        {
            Add(start, paragraph, text);
        }

        return text;
    }

    private void Add(int start, ParagraphBlock paragraph, string text)
    {
        if (_count == _starts.Length)
        {
            Array.Resize(ref _starts, _count * 2);
            Array.Resize(ref _paragraphs, _count * 2);
            Array.Resize(ref _texts, _count * 2);
        }

        _starts[_count] = start;
        _paragraphs[_count] = paragraph;
        _texts[_count++] = text;
    }
}
