using System.Text.RegularExpressions;

namespace AifStudy.Core.Markdown.Normalization;

/// <summary>
/// Gives a markdown note written without headings, as blocks that each open with a short name line over a list
/// (<c>SageMaker Model Registry</c> over <c>- provides centralized versioning…</c>, blocks apart by <c>---</c>), those
/// name lines as level-2 headings, so its sections, table of contents and study items have their subjects. Runs only
/// with <see cref="Notes.NoteParserOptions.InferPlainTextStructure"/>, on a note with no heading at all and at least
/// two such blocks.
/// </summary>
public sealed partial class LabelledBlocksRule : INormalizationRule
{
    private const int MinimumBlocks = 2;
    private const int MaxNameLength = 80;

    /// <inheritdoc />
    public string Name => "LabelledBlocks";

    /// <inheritdoc />
    public void Apply(NormalizationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Options.InferPlainTextStructure)
        {
            return;
        }

        var lines = context.Lines;
        var fenced = context.FenceMask();
        var names = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (fenced[i])
            {
                continue;
            }

            var text = lines[i].Span;
            if (AtxHeading().IsMatch(text) || (i > 0 && SetextUnderline().IsMatch(text) && IsParagraphLine(lines[i - 1].Span)))
            {
                return;
            }

            if (IsName(text) && (i == 0 || lines[i - 1].Span.IsWhiteSpace() || ThematicBreak().IsMatch(lines[i - 1].Span))
                && i + 1 < lines.Count && !fenced[i + 1] && ListItem().IsMatch(lines[i + 1].Span))
            {
                names.Add(i);
            }
        }

        if (names.Count < MinimumBlocks)
        {
            return;
        }

        foreach (var i in names)
        {
            lines.Replace(i, "## " + lines[i].Text.Trim());
            context.InferredHeadingLines.Add(i + 1);
            context.Hit(this, lines[i].OriginalLine, "inferred level-2 heading over a list");
        }
    }

    // A name, not a sentence or a lead-in: short, ends without a sentence's or a lead-in's mark, and is no other block.
    private static bool IsName(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        return trimmed.Length is >= 2 and <= MaxNameLength && trimmed.Length == text.TrimEnd().Length
            && !EndMarks.Contains(trimmed[^1]) && !StartMarks.Contains(trimmed[0]) && !ListItem().IsMatch(trimmed);
    }

    private static bool IsParagraphLine(ReadOnlySpan<char> text) =>
        !text.IsWhiteSpace() && !ListItem().IsMatch(text) && !ThematicBreak().IsMatch(text);

    private const string EndMarks = ".。:：;；,，!！?？、)）]|";
    private const string StartMarks = "|>!<[`*_-+=~$\\{";

    [GeneratedRegex(@"^ {0,3}#{1,6}(\s|$)")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^ {0,3}(=+|-+)\s*$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^ {0,3}((\*\s*){3,}|(-\s*){3,}|(_\s*){3,})$")]
    private static partial Regex ThematicBreak();

    [GeneratedRegex(@"^ {0,3}([-*+]|\d{1,9}[.)])(\s|$)")]
    private static partial Regex ListItem();
}
