using AifStudy.Core.Notes;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace AifStudy.Core.Markdown.Rendering;

/// <summary>
/// Adds <c>data-lang</c> (<c>zh</c>, <c>en</c>, <c>mixed</c>) to paragraphs, list items and quotes, so a page can show
/// one language only, and <c>data-pair="en"</c>/<c>data-pair="zh"</c> to an English paragraph and the Chinese
/// translation right after it, so they can be shown as one unit. A container (list item, quote) is marked with the
/// language of all its text: a list item whose sub-items are in the other language is <c>mixed</c>, so hiding it never
/// hides text of the language being read. Headings, tables and code are never marked (every view keeps them).
/// </summary>
internal static class BlockLanguageMarker
{
    public static BlockLanguageCounts Mark(MarkdownDocument document)
    {
        int chinese = 0, english = 0, mixed = 0;
        var languages = new Dictionary<Block, string>();
        foreach (var block in document.Descendants<Block>())
        {
            if (block is not (ParagraphBlock or ListItemBlock or QuoteBlock) || IsInsideTable(block))
            {
                continue;
            }

            if (BlockLanguage.Of(BlockText.Of([block])) is not { } language)
            {
                continue;
            }

            languages[block] = language;
            block.GetAttributes().AddProperty("data-lang", language);
            switch (language)
            {
                case BlockLanguage.Chinese: chinese++; break;
                case BlockLanguage.English: english++; break;
                default: mixed++; break;
            }
        }

        MarkPairs(document, languages);
        return new BlockLanguageCounts(chinese, english, mixed);
    }

    // Same shape as BilingualPairReader: an English paragraph directly followed by a Chinese paragraph or quote.
    private static void MarkPairs(MarkdownDocument document, Dictionary<Block, string> languages)
    {
        foreach (var container in document.Descendants<ContainerBlock>().Prepend(document))
        {
            for (var i = 0; i + 1 < container.Count; i++)
            {
                if (container[i] is ParagraphBlock english && container[i + 1] is ParagraphBlock or QuoteBlock
                    && languages.GetValueOrDefault(english) == BlockLanguage.English
                    && languages.GetValueOrDefault(container[i + 1]) == BlockLanguage.Chinese)
                {
                    english.GetAttributes().AddProperty("data-pair", "en");
                    container[i + 1].GetAttributes().AddProperty("data-pair", "zh");
                    i++;
                }
            }
        }
    }

    private static bool IsInsideTable(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is Table)
            {
                return true;
            }
        }

        return false;
    }
}
