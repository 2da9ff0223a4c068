using System.Globalization;
using System.Text.RegularExpressions;

namespace AifStudy.Core.Markdown.Normalization;

/// <summary>
/// Splits a pipe table of more than <see cref="MaxRows"/> body rows into tables of at most that many, each with the
/// original header. Markdig's pipe-table parser nests one level per row and stops at its nesting limit (128), so a
/// table of thousands of rows would otherwise fail the whole note.
/// </summary>
public sealed partial class LongTableRule : INormalizationRule
{
    /// <summary>Body rows per table after splitting: well under Markdig's nesting limit.</summary>
    public const int MaxRows = 100;

    /// <inheritdoc />
    public string Name => "LongTable";

    /// <inheritdoc />
    public void Apply(NormalizationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HasLongTable(context))
        {
            return;
        }

        var lines = context.Lines;
        var fenced = context.FenceMask();
        var output = new List<SourceLine>(lines.Count);
        var i = 0;
        while (i < lines.Count)
        {
            var end = TableEnd(lines, fenced, i);
            if (end < 0)
            {
                output.Add(lines[i++]);
                continue;
            }

            var header = lines[i];
            var delimiter = lines[i + 1];
            var rows = end - (i + 2);
            output.Add(header);
            output.Add(delimiter);
            for (var row = 0; row < rows; row++)
            {
                if (row > 0 && row % MaxRows == 0)
                {
                    output.Add(new SourceLine("", 0));
                    output.Add(header);
                    output.Add(delimiter);
                }

                output.Add(lines[i + 2 + row]);
            }

            if (rows > MaxRows)
            {
                context.Hit(this, header.OriginalLine, string.Create(CultureInfo.InvariantCulture,
                    $"split a table of {rows} rows into {(rows + MaxRows - 1) / MaxRows} tables of at most {MaxRows}"));
            }

            i = end;
        }

        lines.ReplaceRange(0, lines.Count, output);
    }

    // Most notes have no table of more than MaxRows rows, and then the lines stay as they are.
    private static bool HasLongTable(NormalizationContext context)
    {
        // Such a table has a header and more than MaxRows rows with a '|' each.
        if (context.PipesAtMost() < MaxRows + 2)
        {
            return false;
        }

        var lines = context.Lines;
        var fenced = context.FenceMask();
        var i = 0;
        while (i < lines.Count)
        {
            var end = TableEnd(lines, fenced, i);
            if (end - (i + 2) > MaxRows)
            {
                return true;
            }

            i = end < 0 ? i + 1 : end;
        }

        return false;
    }

    // The line after the table starting at line i, or -1 when no table starts there.
    private static int TableEnd(SourceLines lines, bool[] fenced, int i)
    {
        var isTable = !fenced[i] && i + 1 < lines.Count && !fenced[i + 1]
            && lines[i].Span.Contains('|') && Delimiter().IsMatch(lines[i + 1].Span);
        if (!isTable)
        {
            return -1;
        }

        var end = i + 2;
        while (end < lines.Count && !fenced[end] && !lines[end].Span.IsWhiteSpace() && lines[end].Span.Contains('|'))
        {
            end++;
        }

        return end;
    }

    // | --- | :---: | ---: |, with or without the outer pipes.
    [GeneratedRegex(@"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")]
    private static partial Regex Delimiter();
}
