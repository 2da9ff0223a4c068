using System.Text.RegularExpressions;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Markdown.Normalization;

/// <summary>What a plain-text line turned out to be.</summary>
internal enum LineKind
{
    Body,
    Heading,
    Item,
    InferredItem,
}

/// <summary>A line's kind and, for headings, its level.</summary>
internal readonly record struct LineShape(LineKind Kind, int Level = 0);

/// <summary>
/// Decides the outline of a plain-text note. Line 1 is the title (level 1). A heading-like line is short, has no
/// sentence punctuation, starts with a capital, digit or ideograph, and is followed by body, another heading-like line or
/// a numbered heading. A heading-like line followed directly by another heading is a group (level 2) and the
/// headings after it are level 3; numbered <c>N. Title</c> lines with a paragraph after them go one level below the current
/// heading; pure-Latin heading-like lines in the middle of a run of them are list items of the heading above.
/// </summary>
internal static partial class PlainTextOutline
{
    private const int MaxHeadingLength = 60;

    public static IEnumerable<(SourceLine Line, LineShape Shape)> Classify(IReadOnlyList<SourceLine> lines)
    {
        var texts = lines.Select(l => l.Text).ToList();
        var candidate = new bool[texts.Count];
        for (var i = 1; i < texts.Count; i++)
        {
            // A short Chinese line right after an English paragraph is that paragraph's translation, not a heading.
            var translation = IsBody(texts, candidate, i - 1) && ScriptCounts.Of(texts[i - 1]).IsMostlyLatin
                && ScriptCounts.Of(texts[i]).IsMostlyCjk;
            candidate[i] = LooksLikeHeading(texts[i]) && !translation;
        }

        var shapes = new LineShape[texts.Count];
        shapes[0] = new LineShape(LineKind.Heading, 1);
        var groupSeen = false;
        var currentLevel = 1;
        for (var i = 1; i < texts.Count; i++)
        {
            if (IsHeadingLike(texts, candidate, i))
            {
                var end = i;
                while (end + 1 < texts.Count && IsHeadingLike(texts, candidate, end + 1))
                {
                    end++;
                }

                for (var k = i; k <= end; k++)
                {
                    if (k > i && k < end && ScriptCounts.Of(texts[k]).Cjk == 0)
                    {
                        shapes[k] = new LineShape(LineKind.InferredItem);
                        continue;
                    }

                    var isGroup = k < end && IsHeadingLike(texts, candidate, k + 1)
                        && !(k + 1 < end && ScriptCounts.Of(texts[k + 1]).Cjk == 0);
                    groupSeen |= isGroup;
                    currentLevel = isGroup ? 2 : groupSeen ? 3 : 2;
                    shapes[k] = new LineShape(LineKind.Heading, currentLevel);
                }

                i = end;
            }
            else if (IsNumberedHeading(texts, candidate, i))
            {
                shapes[i] = new LineShape(LineKind.Heading, Math.Min(6, currentLevel + 1));
            }
            else
            {
                shapes[i] = new LineShape(ListItem().IsMatch(texts[i]) ? LineKind.Item : LineKind.Body);
            }
        }

        return lines.Select((l, i) => (l, shapes[i]));
    }

    private static bool LooksLikeHeading(string text) =>
        text.Length <= MaxHeadingLength
        && !ListItem().IsMatch(text)
        && !SentencePunctuation().IsMatch(text)
        && (char.IsUpper(text[0]) || char.IsDigit(text[0]) || ScriptCounts.IsCjk(text[0]));

    private static bool IsBody(List<string> texts, bool[] candidate, int i) =>
        !candidate[i] && !ListItem().IsMatch(texts[i]);

    private static bool IsHeadingLike(List<string> texts, bool[] candidate, int i) =>
        candidate[i] && i + 1 < texts.Count
        && (candidate[i + 1] || IsBody(texts, candidate, i + 1) || IsNumberedHeading(texts, candidate, i + 1));

    private static bool IsNumberedHeading(List<string> texts, bool[] candidate, int i) =>
        Numbered().IsMatch(texts[i]) && texts[i].Length <= MaxHeadingLength
        && i + 1 < texts.Count && IsBody(texts, candidate, i + 1) && !Numbered().IsMatch(texts[i + 1]);

    [GeneratedRegex(@"^([-*+]|\d{1,3}[.)])\s")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\d{1,3}[.)]\s+\S")]
    private static partial Regex Numbered();

    // A '.' between digits (3.5, AIF-C01 v1.2) is not sentence punctuation.
    [GeneratedRegex(@"[。，,：:；;！!？?]|\.(?!\d)")]
    private static partial Regex SentencePunctuation();
}
