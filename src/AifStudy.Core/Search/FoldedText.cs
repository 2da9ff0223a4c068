using System.Globalization;
using System.Text;

namespace AifStudy.Core.Search;

/// <summary>
/// Text in the search normal form, optionally with, for every folded char, the span of the
/// original text it came from, so that a match found in folded text can be shown in the original.
/// </summary>
internal sealed class FoldedText
{
    private readonly int[]? _starts;
    private readonly int[]? _ends;

    private FoldedText(string text, int[]? starts, int[]? ends)
    {
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    public string Text { get; }

    /// <summary>The original span <c>[Start, End)</c> behind folded chars <c>[start, end)</c>, end &gt; start.</summary>
    public (int Start, int End) OriginalSpan(int start, int end) =>
        _starts is null || _ends is null
            ? throw new InvalidOperationException("Folded without a position map.")
            : (_starts[start], _ends[end - 1]);

    /// <summary>
    /// Folds grapheme cluster by cluster, so each folded char can point back at the cluster it came
    /// from even when NFKC changes its length (<c>㎏</c> becomes <c>kg</c>, <c>é</c> may compose).
    /// </summary>
    public static FoldedText Create(string original, bool withMap)
    {
        ArgumentNullException.ThrowIfNull(original);
        var folded = new StringBuilder(original.Length);
        var starts = withMap ? new List<int>(original.Length) : null;
        var ends = withMap ? new List<int>(original.Length) : null;
        var spaceStart = -1;
        var spaceEnd = -1;

        for (var position = 0; position < original.Length;)
        {
            var length = StringInfo.GetNextTextElementLength(original.AsSpan(position));
            foreach (var c in Normalize(original, position, length))
            {
                if (char.IsWhiteSpace(c))
                {
                    // Runs of whitespace become one space, and none at either end.
                    if (folded.Length > 0)
                    {
                        spaceStart = spaceStart < 0 ? position : spaceStart;
                        spaceEnd = position + length;
                    }

                    continue;
                }

                if (spaceStart >= 0)
                {
                    Append(' ', spaceStart, spaceEnd);
                    spaceStart = -1;
                }

                Append(ChineseScript.ToSimplified(char.ToLowerInvariant(c)), position, position + length);
            }

            position += length;
        }

        return new FoldedText(folded.ToString(), starts?.ToArray(), ends?.ToArray());

        void Append(char c, int start, int end)
        {
            folded.Append(c);
            starts?.Add(start);
            ends?.Add(end);
        }
    }

    private static ReadOnlySpan<char> Normalize(string original, int position, int length)
    {
        var cluster = original.AsSpan(position, length);

        // NFKC leaves ASCII and the main CJK Unified Ideographs block (no decomposition mappings) as they are;
        // skipping Normalize for them makes folding Chinese text several times faster (snippets, indexing).
        if (length == 1 && (char.IsAscii(cluster[0]) || cluster[0] is >= '\u4E00' and <= '\u9FFF'))
        {
            return cluster;
        }

        var text = cluster.ToString();
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // A lone surrogate cannot be normalized; keep it as it is.
            return text;
        }
    }
}
