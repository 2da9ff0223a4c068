using System.Text.RegularExpressions;

namespace AifStudy.Core.Markdown.Normalization;

/// <summary>
/// Gives a plain-text note (no markdown headings at all) a markdown outline: the first line becomes the title,
/// short heading-like lines become headings, every other line its own paragraph. See <see cref="PlainTextOutline"/>
/// for how levels are chosen. Runs only with <see cref="Notes.NoteParserOptions.InferPlainTextStructure"/>.
/// </summary>
public sealed partial class PlainTextStructureRule : INormalizationRule
{
    private const int MinimumLines = 3;

    /// <inheritdoc />
    public string Name => "PlainTextStructure";

    /// <inheritdoc />
    public void Apply(NormalizationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Options.InferPlainTextStructure || HasMarkdownStructure(context))
        {
            return;
        }

        var lines = context.Lines;
        var kept = new List<SourceLine>();
        foreach (var line in lines)
        {
            var text = line.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            // Remnants of a table pasted as text ("1 |", "|") carry nothing a reader needs.
            if (TableRemnant().IsMatch(text.Span))
            {
                context.Hit(this, line.OriginalLine, "dropped table remnant");
                continue;
            }

            kept.Add(text);
        }

        if (kept.Count == 0)
        {
            return;
        }

        var output = new List<SourceLine>();
        var lastWasItem = false;
        foreach (var (line, shape) in PlainTextOutline.Classify(kept))
        {
            var isItem = shape.Kind is LineKind.Item or LineKind.InferredItem;
            if (output.Count > 0 && !(isItem && lastWasItem))
            {
                output.Add(new SourceLine("", 0));
            }

            switch (shape.Kind)
            {
                case LineKind.Heading:
                    output.Add(line.WithText(new string('#', shape.Level) + " " + line.Text));
                    context.InferredHeadingLines.Add(output.Count);
                    context.Hit(this, line.OriginalLine, $"inferred level-{shape.Level} heading");
                    break;
                case LineKind.InferredItem:
                    output.Add(line.WithText("- " + line.Text));
                    context.Hit(this, line.OriginalLine, "inferred list item");
                    break;
                default:
                    output.Add(line);
                    break;
            }

            lastWasItem = isItem;
        }

        lines.ReplaceRange(0, lines.Count, output);
    }

    // Plain text pasted from a web page or PDF has lines back to back and none of markdown's block syntax;
    // anything with headings, fences, containers, quotes or tables, or with blank-line paragraphs, is markdown.
    private static bool HasMarkdownStructure(NormalizationContext context)
    {
        // The first fenced line is the one opening the fence, so "fenced" here is "looks like a fence".
        int blank = 0, nonBlank = 0;
        var lines = context.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Span;
            if (CodeFences.IsFence(text) || MarkdownBlock().IsMatch(text)
                || (i > 0 && SetextUnderline().IsMatch(text) && lines[i - 1].Span.Trim().Length > 0))
            {
                return true;
            }

            if (text.IsWhiteSpace())
            {
                blank++;
            }
            else
            {
                nonBlank++;
            }
        }

        return nonBlank < MinimumLines || blank * 4 > nonBlank;
    }

    [GeneratedRegex(@"^ {0,3}(#{1,6}(\s|$)|:::|>|\|?\s*:?-{3,}:?\s*\|)")]
    private static partial Regex MarkdownBlock();

    [GeneratedRegex(@"^ {0,3}(=+|-{2,})\s*$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^[\d\s|]*\|[\d\s|]*$")]
    private static partial Regex TableRemnant();
}
