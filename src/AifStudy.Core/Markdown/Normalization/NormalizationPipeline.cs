using AifStudy.Core.Notes;

namespace AifStudy.Core.Markdown.Normalization;

/// <summary>Runs the normalisation rules, in order, over a note's text. Stateless and thread-safe.</summary>
public sealed class NormalizationPipeline(IReadOnlyList<INormalizationRule> rules)
{
    /// <summary>The rules every note goes through, in the order they run.</summary>
    public static NormalizationPipeline Default { get; } = new(
    [
        new BomRule(),
        new LineEndingsRule(),
        new FrontMatterRule(),
        new HtmlCommentsRule(),
        new HtmlHeadingRule(),
        new HeadingSpaceRule(),
        new WhitespaceOnlyLinesRule(),
        new BulletGlyphRule(),
        new TabIndentedListRule(),
        new WikilinksRule(),
        new MathDelimitersRule(),
        new PlainTextStructureRule(),
        new LabelledBlocksRule(),
        new LongTableRule(),
        new InlineNestingRule(),
    ]);

    /// <summary>The rules, in order.</summary>
    public IReadOnlyList<INormalizationRule> Rules { get; } = rules;

    /// <summary>Normalises <paramref name="text"/>. Never throws for odd input; problems become warnings.</summary>
    public NormalizationResult Run(string text, NoteParserOptions? options = null)
    {
        var context = new NormalizationContext(text, options ?? new NoteParserOptions());
        foreach (var rule in Rules)
        {
            rule.Apply(context);
        }

        var (markdown, originalLines) = context.Lines.Join();
        return new NormalizationResult
        {
            Markdown = markdown,
            OriginalLines = originalLines,
            FrontMatter = context.FrontMatter,
            Hits = context.Hits,
            Warnings = context.Warnings,
            InferredHeadingLines = context.InferredHeadingLines,
        };
    }
}
