using Markdig.Syntax;

namespace AifStudy.Core.Notes;

/// <summary>Finds an English paragraph directly followed by its Chinese translation (a paragraph or a <c>&gt;</c> quote).</summary>
internal static class BilingualPairReader
{
    /// <summary>
    /// Pairs among <paramref name="body"/>'s blocks; <paramref name="blockTexts"/> says where each block's plain text
    /// lies in the section's <paramref name="plainText"/>.
    /// </summary>
    public static IReadOnlyList<BilingualPair> Read(ReadOnlySpan<Block> body, string plainText, Range[] blockTexts)
    {
        List<BilingualPair>? pairs = null;
        for (var i = 0; i + 1 < body.Length; i++)
        {
            if (body[i] is not ParagraphBlock || body[i + 1] is not (ParagraphBlock or QuoteBlock))
            {
                continue;
            }

            var en = plainText.AsSpan()[blockTexts[i]];
            var zh = plainText.AsSpan()[blockTexts[i + 1]];
            if (ScriptCounts.Of(en).IsMostlyLatin && ScriptCounts.Of(zh).IsMostlyCjk)
            {
                (pairs ??= []).Add(new BilingualPair(en.ToString(), zh.ToString()));
                i++;
            }
        }

        return pairs ?? [];
    }
}
