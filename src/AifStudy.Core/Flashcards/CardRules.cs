using AifStudy.Core.Markdown;

namespace AifStudy.Core.Flashcards;

/// <summary>The checks every card must pass; a card that fails one is dropped, not repaired.</summary>
internal static class CardRules
{
    /// <summary>A back longer than this is a page to reread, not an answer to recall.</summary>
    public const int MaxBackLength = 600;

    /// <summary>A front longer than this asks too much at once.</summary>
    public const int MaxFrontLength = 400;

    private static readonly string[] Markup = ["**", "__", "<b>", "</b>", "<strong>", "[[", "]]", "`"];

    /// <summary>Why <paramref name="card"/> is rejected, or null when it passes every rule.</summary>
    public static string? Violation(CardDraft card) => Violation(card, Visible(card.Front), Visible(card.Back));

    /// <summary>As <see cref="Violation(CardDraft)"/>, with the sides already rendered to what a reader sees.</summary>
    public static string? Violation(CardDraft card, string front, string back)
    {
        var normalizedFront = CardText.Normalize(front);
        var normalizedBack = CardText.Normalize(back);
        if (normalizedFront.Length == 0 || normalizedBack.Length == 0)
        {
            return "empty side";
        }

        if (normalizedFront == normalizedBack)
        {
            return "front repeats back";
        }

        if (normalizedFront.Contains(normalizedBack, StringComparison.Ordinal))
        {
            return "front reveals the answer";
        }

        if (card.Kind is CardKind.DefinitionTerm or CardKind.Cloze && CardText.ContainsNormalized(front, Term(card)))
        {
            return "front reveals the term";
        }

        if (Markup.Any(m => front.Contains(m, StringComparison.Ordinal) || back.Contains(m, StringComparison.Ordinal)))
        {
            return "markup shows as text";
        }

        return card.Back.Length > MaxBackLength ? "back too long" : card.Front.Length > MaxFrontLength ? "front too long" : null;
    }

    /// <summary>What a reader sees: the markdown rendered to plain text.</summary>
    public static string Visible(string markdown) =>
        IsPlainLine(markdown) ? markdown.Trim() : PlainText(markdown).Trim();

    // Markdig's ToPlainText, with one renderer per thread: it built a renderer (every object renderer of the pipeline) per
    // call, the largest Markdig allocation of the cards phase.
    [ThreadStatic]
    private static (Markdig.Renderers.HtmlRenderer Renderer, StringWriter Writer)? plain;

    private static string PlainText(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipelines.Default);
        var (renderer, writer) = plain ??= NewPlainRenderer();
        writer.GetStringBuilder().Clear();
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static (Markdig.Renderers.HtmlRenderer, StringWriter) NewPlainRenderer()
    {
        var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var renderer = new Markdig.Renderers.HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        MarkdownPipelines.Default.Setup(renderer);
        return (renderer, writer);
    }

    // One line with nothing Markdig (with our extensions) would read as syntax renders as itself: most card texts. Rendering
    // them anyway built a renderer per call and was a tenth of the import's cards phase.
    internal static bool IsPlainLine(string text)
    {
        var span = text.AsSpan().Trim();
        if (span.IsEmpty || span.ContainsAny(MarkdownChars) || span[0] is '-' || span.StartsWith(":::") || text.AsSpan().ContainsAny('\u2028', '\u2029'))
        {
            return false;
        }

        var digits = 0;
        while (digits < span.Length && char.IsAsciiDigit(span[digits]))
        {
            digits++;
        }

        return !(digits > 0 && digits < span.Length && span[digits] is '.' or ')')
            && !span.Contains("www.", StringComparison.OrdinalIgnoreCase) && !span.Contains("://", StringComparison.Ordinal) && !span.Contains("mailto", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly System.Buffers.SearchValues<char> MarkdownChars = System.Buffers.SearchValues.Create("\0\r\n\t\\`*_[]<>!&~^+=${}|#");

    private static string Term(CardDraft card) =>
        card.Kind == CardKind.Cloze ? card.Subject[(card.Subject.LastIndexOf('|') + 1)..] : card.Subject;
}
