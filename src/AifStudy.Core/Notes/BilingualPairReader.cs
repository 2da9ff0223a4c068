using Markdig.Syntax;

namespace AifStudy.Core.Notes;

/// <summary>Finds an English paragraph directly followed by its Chinese translation (a paragraph or a <c>&gt;</c> quote).</summary>
internal static class BilingualPairReader
{
    public static IReadOnlyList<BilingualPair> Read(IReadOnlyList<Block> body)
    {
        var pairs = new List<BilingualPair>();
        for (var i = 0; i + 1 < body.Count; i++)
        {
            if (body[i] is not ParagraphBlock english || body[i + 1] is not (ParagraphBlock or QuoteBlock))
            {
                continue;
            }

            var en = BlockText.Of([english]);
            var zh = BlockText.Of([body[i + 1]]);
            if (ScriptCounts.Of(en).IsMostlyLatin && ScriptCounts.Of(zh).IsMostlyCjk)
            {
                pairs.Add(new BilingualPair(en, zh));
                i++;
            }
        }

        return pairs;
    }
}
