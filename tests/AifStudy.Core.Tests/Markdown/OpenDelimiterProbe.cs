using AifStudy.Core.Markdown;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace AifStudy.Core.Tests.Markdown;

/// <summary>
/// How deep Markdig nests the inline delimiters it holds open (unclosed brackets, emphasis markers waiting for their
/// partner) while it reads a paragraph. It walks down that chain for each piece of text it adds, so this depth is what
/// its time grows with: counting it checks a bound without a clock.
/// </summary>
internal sealed class OpenDelimiterProbe : InlineParser
{
    private OpenDelimiterProbe()
    {
    }

    /// <summary>The most delimiters held open at once, at any piece of plain text.</summary>
    public int Deepest { get; private set; }

    /// <summary>The deepest nesting of open delimiters Markdig reaches reading <paramref name="markdown"/> with the notes' pipeline.</summary>
    public static int DeepestIn(string markdown)
    {
        var probe = new OpenDelimiterProbe();
        var builder = MarkdownPipelines.Builder();
        builder.InlineParsers.Add(probe);
        Markdig.Markdown.Parse(markdown, builder.Build());
        return probe.Deepest;
    }

    // With no opening characters this parser is asked at every character no other parser took, and takes none: the
    // chain it measures is the one Markdig walks to place that text.
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var depth = 0;
        for (var container = processor.Block!.Inline!; container.LastChild is ContainerInline { IsClosed: false } next; container = next)
        {
            depth++;
        }

        Deepest = Math.Max(Deepest, depth);
        return false;
    }
}
