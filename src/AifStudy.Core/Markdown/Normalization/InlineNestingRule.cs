using System.Globalization;

namespace AifStudy.Core.Markdown.Normalization;

/// <summary>
/// Keeps the inline delimiters Markdig holds open at once within one paragraph (or heading, or list item) few: past
/// <see cref="MaxOpenBrackets"/> unclosed <c>[</c> a further <c>[</c> is written <c>&amp;#91;</c>, past
/// <see cref="MaxEmphasisMarkers"/> emphasis markers a further marker is backslash-escaped. Both still show as the
/// characters they were; they only stop being markup.
/// </summary>
/// <remarks>
/// Markdig nests every open delimiter in the one before it and walks down that chain for each piece of text it adds,
/// so its time grows with the square of how many are open: 10,000 open brackets in a 40 KB paragraph took 4 s, and a
/// 1 MB note made of such paragraphs minutes, on import and again on every page view. An entity rather than a
/// backslash for brackets: <see cref="MathDelimitersRule"/>, which runs again when a page renders the stored markdown,
/// reads <c>\[</c> as the start of TeX maths.
/// </remarks>
/// <param name="maxOpenBrackets">Unclosed brackets a paragraph keeps as markup (tests use fewer).</param>
/// <param name="maxEmphasisMarkers">Emphasis markers a paragraph keeps as markup (tests use fewer).</param>
public sealed class InlineNestingRule(int maxOpenBrackets = InlineNestingRule.MaxOpenBrackets, int maxEmphasisMarkers = InlineNestingRule.MaxEmphasisMarkers)
    : INormalizationRule
{
    /// <summary>Unclosed brackets a paragraph keeps as markup by default; real notes nest two or three.</summary>
    public const int MaxOpenBrackets = 32;

    /// <summary>
    /// Emphasis markers a paragraph keeps as markup by default. The busiest paragraph in the user's notes has 43; a table
    /// is one paragraph to Markdig, and one of 100 rows (<see cref="LongTableRule.MaxRows"/>) with two bold cells has 400.
    /// </summary>
    public const int MaxEmphasisMarkers = 500;

    /// <inheritdoc />
    public string Name => "InlineNesting";

    /// <inheritdoc />
    public void Apply(NormalizationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var countBrackets = context.BracketsAtMost() > maxOpenBrackets;

        // First without the fences: code then joins the paragraphs around it, which can only raise their counts, and most
        // notes are done without finding where their fences are.
        if (!NextParagraphToRead(context.Lines, null, 0, countBrackets, out _, out _))
        {
            return;
        }

        var lines = context.Lines;
        var fenced = context.FenceMask();
        var budget = new InlineDelimiterBudget(maxOpenBrackets, maxEmphasisMarkers);
        for (var from = 0; NextParagraphToRead(lines, fenced, from, countBrackets, out var first, out var end); from = end)
        {
            for (var i = first; i < end; i++)
            {
                if (budget.Rewrite(lines[i].Span, lines[i].OriginalLine) is { } rewritten)
                {
                    lines.Replace(i, rewritten);
                }
            }

            Report(context, budget);
        }
    }

    // The next paragraph from line from on that may pass the budget, as lines first to end. A paragraph here is what
    // Markdig reads as one run of inline text, or more: a heading is one, a bullet item starts one, and a blank or
    // fenced line (when fences are given) ends one. Most hold far fewer "[" than the budget, and an emphasis marker
    // takes at least a character: only a paragraph that may pass the budget is read character by character.
    private bool NextParagraphToRead(SourceLines lines, bool[]? fenced, int from, bool countBrackets, out int first, out int end)
    {
        var (length, brackets, heading) = (0, 0, false);
        first = -1;
        for (end = from; ; end++)
        {
            var line = end < lines.Count ? lines[end].Span : default;
            var start = end == lines.Count || fenced?[end] == true || line.IsWhiteSpace() ? Start.Gap : StartOf(line);
            if (first >= 0 && (start != Start.None || heading))
            {
                if (brackets > maxOpenBrackets || (length > maxEmphasisMarkers && MarkersPassTheBudget(lines, first, end)))
                {
                    return true;
                }

                (first, length, brackets) = (-1, 0, 0);
            }

            if (end == lines.Count)
            {
                return false;
            }

            if (start != Start.Gap)
            {
                (first, heading) = first < 0 ? (end, start == Start.Heading) : (first, heading);
                length += line.Length;
                brackets += countBrackets ? line.Count('[') : 0;
            }
        }
    }

    private bool MarkersPassTheBudget(SourceLines lines, int first, int end)
    {
        var marks = 0;
        for (var i = first; i < end && marks <= maxEmphasisMarkers; i++)
        {
            marks += InlineDelimiterBudget.MarkerCharacters(lines[i].Span);
        }

        return marks > maxEmphasisMarkers;
    }

    private enum Start
    {
        None,
        Gap,
        ListItem,
        Heading,
    }

    // Where Markdig surely starts a new paragraph: before a bullet item or an ATX heading (inside quotes too), and after
    // a heading. Anything else counts as the same paragraph, which can only make the budget stricter, never looser: a
    // line such as "    - x" or "2. x" may continue the paragraph above, so it does not start a new count.
    private static Start StartOf(ReadOnlySpan<char> line)
    {
        if (line[0] is not (' ' or '>' or '#' or '-' or '+' or '*'))
        {
            return Start.None;
        }

        line = WithoutQuoteMarkers(line);
        var text = line.TrimStart(' ');
        if (line.Length - text.Length > 3 || text.IsEmpty)
        {
            return Start.None;
        }

        if (text[0] == '#')
        {
            var hashes = text.Length - text.TrimStart('#').Length;
            return hashes <= 6 && (hashes == text.Length || text[hashes] is ' ' or '\t') ? Start.Heading : Start.None;
        }

        // An empty item cannot interrupt a paragraph, so "-" alone is not a new one; nor can "- |", which Markdig may
        // read as a table's delimiter row (any line with a "|" is left to the paragraph).
        return text.Length > 2 && text[0] is '-' or '+' or '*' && text[1] is ' ' or '\t' && !text[2..].IsWhiteSpace() && !text.Contains('|')
            ? Start.ListItem
            : Start.None;
    }

    private static ReadOnlySpan<char> WithoutQuoteMarkers(ReadOnlySpan<char> line)
    {
        while (true)
        {
            var text = line.TrimStart(' ');
            if (line.Length - text.Length > 3 || text.IsEmpty || text[0] != '>')
            {
                return line;
            }

            line = text.Length > 1 && text[1] == ' ' ? text[2..] : text[1..];
        }
    }

    // One hit per paragraph and kind, at the line where markup was first kept as text: a paragraph of 50,000 brackets is
    // one problem, not 50,000.
    private void Report(NormalizationContext context, InlineDelimiterBudget paragraph)
    {
        if (paragraph.FirstEscapedBracketLine > 0)
        {
            context.Hit(this, paragraph.FirstEscapedBracketLine, string.Create(CultureInfo.InvariantCulture,
                $"brackets nested {paragraph.DeepestNesting:N0} deep; past {maxOpenBrackets} open, they are kept as text"));
        }

        if (paragraph.FirstEscapedMarkerLine > 0)
        {
            context.Hit(this, paragraph.FirstEscapedMarkerLine, string.Create(CultureInfo.InvariantCulture,
                $"{paragraph.EmphasisMarkers:N0} emphasis markers in one paragraph; past {maxEmphasisMarkers}, they are kept as text"));
        }

        paragraph.Reset();
    }
}
