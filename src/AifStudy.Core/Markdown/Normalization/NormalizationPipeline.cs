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
        new HeadingSpaceRule(),
        new WhitespaceOnlyLinesRule(),
        new TabIndentedListRule(),
        new WikilinksRule(),
        new MathDelimitersRule(),
        new PlainTextStructureRule(),
        new LongTableRule(),
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

        var lines = context.Lines;
        var originalLines = new int[lines.Count];
        var length = Math.Max(0, lines.Count - 1);
        for (var i = 0; i < lines.Count; i++)
        {
            originalLines[i] = lines[i].OriginalLine;
            length += lines[i].Text.Length;
        }

        return new NormalizationResult
        {
            Markdown = lines.Count == 1 ? lines[0].Text : Join(lines, length),
            OriginalLines = originalLines,
            FrontMatter = context.FrontMatter,
            Hits = context.Hits,
            Warnings = context.Warnings,
            InferredHeadingLines = context.InferredHeadingLines,
        };
    }

    // string.Join('\n', texts) without the enumerator and the builder.
    private static string Join(List<SourceLine> lines, int length) =>
        string.Create(length, lines, static (chars, lines) =>
        {
            var at = 0;
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0)
                {
                    chars[at++] = '\n';
                }

                lines[i].Text.AsSpan().CopyTo(chars[at..]);
                at += lines[i].Text.Length;
            }
        });
}
