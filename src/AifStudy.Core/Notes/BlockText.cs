using AifStudy.Core.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AifStudy.Core.Notes;

/// <summary>Plain text of blocks: paragraphs, list items, table rows and quotes, one per line; code and mermaid left out.</summary>
internal static class BlockText
{
    /// <summary>The non-empty lines of <paramref name="blocks"/>, joined with <c>\n</c>.</summary>
    public static string Of(IEnumerable<Block> blocks)
    {
        var sb = TextBuilders.Rent();
        var first = true;
        foreach (var block in blocks)
        {
            Append(sb, block, '\n', skipEmpty: true, ref first, shared: null);
        }

        return TextBuilders.ToStringAndReturn(sb);
    }

    /// <summary>
    /// Appends the lines of <paramref name="block"/> to <paramref name="sb"/>, each after <paramref name="separator"/>
    /// unless it is the <paramref name="first"/> one; empty lines are left out when <paramref name="skipEmpty"/>.
    /// <paramref name="shared"/>: the parser's walk keeps list items' texts there for the readers after it.
    /// </summary>
    public static void Append(TextBuffer sb, Block block, char separator, bool skipEmpty, ref bool first, ParagraphText? shared)
    {
        switch (block)
        {
            case ParagraphBlock p when shared is not null && p.Parent is ListItemBlock:
                Line(sb, shared.Of(p), separator, skipEmpty, ref first);
                break;
            case ParagraphBlock or HeadingBlock:
                InlineLine(sb, ((LeafBlock)block).Inline, separator, skipEmpty, ref first);
                break;
            case CodeBlock or HtmlBlock:
                break;
            case Table table:
                foreach (var child in table)
                {
                    if (child is TableRow row)
                    {
                        Line(sb, RowText(row, shared), separator, skipEmpty, ref first);
                    }
                }

                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Append(sb, child, separator, skipEmpty, ref first, shared);
                }

                break;
        }
    }

    // Cells joined with " | ", each cell's lines (empty ones too) joined with spaces.
    private static string RowText(TableRow row, ParagraphText? shared)
    {
        var sb = TextBuilders.Rent();
        var firstCell = true;
        foreach (var child in row)
        {
            if (child is not TableCell cell)
            {
                continue;
            }

            if (!firstCell)
            {
                sb.Append(" | ");
            }

            firstCell = false;
            var firstLine = true;
            foreach (var cellChild in cell)
            {
                Append(sb, cellChild, ' ', skipEmpty: false, ref firstLine, shared);
            }
        }

        return TextBuilders.ToStringAndReturn(sb);
    }

    // The same as Line(sb, InlineText.Of(inline), ...), written straight into sb and trimmed there.
    private static void InlineLine(TextBuffer sb, ContainerInline? inline, char separator, bool skipEmpty, ref bool first)
    {
        var mark = sb.Length;
        if (!first)
        {
            sb.Append(separator);
        }

        var start = sb.Length;
        if (inline is not null)
        {
            InlineText.Append(sb, inline);
        }

        var written = sb.AsSpan()[start..].TrimEnd();
        if (written.IsEmpty && skipEmpty)
        {
            sb.Length = mark;
            return;
        }

        var lead = written.Length - written.TrimStart().Length;
        sb.Length = start + written.Length;
        if (lead > 0)
        {
            sb.Remove(start, lead);
        }

        first = false;
    }

    private static void Line(TextBuffer sb, string line, char separator, bool skipEmpty, ref bool first)
    {
        if (skipEmpty && line.Length == 0)
        {
            return;
        }

        if (!first)
        {
            sb.Append(separator);
        }

        sb.Append(line);
        first = false;
    }
}
