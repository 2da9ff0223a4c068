using Markdig.Extensions.Mathematics;
using Markdig.Syntax.Inlines;

namespace AifStudy.Core.Markdown;

/// <summary>Plain text of Markdig inlines (markup dropped, HTML tags and images inside text dropped, line breaks as spaces).</summary>
public static partial class InlineText
{
    /// <summary>The plain text of <paramref name="inline"/> and its descendants, trimmed.</summary>
    public static string Of(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        // The container's own children, so that the text of an image asked for itself is its alt text.
        var sb = TextBuilders.Rent();
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            Append(sb, child);
        }

        return WithoutFootnoteMarks(TextBuilders.ToTrimmedStringAndReturn(sb));
    }

    // "Artificial Intelligence — Risk Management[^1502]": a footnote mark (our pipeline reads no footnotes) is a pointer
    // to a source, not words of the text.
    private static string WithoutFootnoteMarks(string text) =>
        text.Contains("[^", StringComparison.Ordinal) ? FootnoteMark().Replace(text, "").Trim() : text;

    [System.Text.RegularExpressions.GeneratedRegex(@"\[\^[^\]\s]{1,24}\](?!:)")]
    private static partial System.Text.RegularExpressions.Regex FootnoteMark();

    /// <summary>The plain text of <paramref name="inline"/> and the siblings after it, up to (not including) <paramref name="stop"/>.</summary>
    public static string OfRange(Inline? inline, Inline? stop = null)
    {
        var sb = TextBuilders.Rent();
        for (var current = inline; current is not null && current != stop; current = current.NextSibling)
        {
            Append(sb, current);
        }

        return TextBuilders.ToTrimmedStringAndReturn(sb);
    }

    /// <summary>Appends the plain text of <paramref name="inline"/> and its descendants to <paramref name="sb"/>.</summary>
    internal static void Append(TextBuffer sb, Inline inline)
    {
        // Most inlines are plain literals: one exact type check before the type switch.
        if (inline.GetType() == typeof(LiteralInline))
        {
            sb.Append(((LiteralInline)inline).Content.AsSpan());
            return;
        }

        switch (inline)
        {
            case LiteralInline literal:
                sb.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                sb.Append(code.Content);
                break;
            case MathInline math:
                sb.Append(math.Content.AsSpan());
                break;
            case AutolinkInline autolink:
                sb.Append(autolink.Url);
                break;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.AsSpan());
                break;
            case LineBreakInline:
                sb.Append(' ');
                break;
            case HtmlInline:
                break;
            case LinkInline { IsImage: true }:
                // An image inside text ("![alt text](image-19.png)") is not words of the sentence.
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(sb, child);
                }

                break;
        }
    }
}
