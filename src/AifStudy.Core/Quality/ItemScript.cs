using AifStudy.Core.Flashcards;
using AifStudy.Core.Search;

namespace AifStudy.Core.Quality;

/// <summary>The language and script an item's fixed wording follows.</summary>
public enum ItemScript
{
    /// <summary>English.</summary>
    English,

    /// <summary>Simplified Chinese (zh-Hans).</summary>
    Simplified,

    /// <summary>Traditional Chinese (zh-Hant).</summary>
    Traditional,
}

/// <summary>Decides an item's script from its own text, then its section's, then the note's languages.</summary>
public static class ItemScripts
{
    private const int MinChinese = 4;
    private const int MinSectionChinese = 10;

    /// <summary>
    /// English when <paramref name="itemText"/> (what the note gave the item, not its fixed wording) and its section have
    /// hardly any Chinese; otherwise the script its Chinese is written in,
    /// counted over the item and then its section (a term alone may use characters both scripts share), and the
    /// note's first Chinese language tag when both counts tie.
    /// </summary>
    public static ItemScript Of(string itemText, string sectionText, IReadOnlyList<string> noteLanguages)
    {
        ArgumentNullException.ThrowIfNull(itemText);
        ArgumentNullException.ThrowIfNull(sectionText);
        if (CardText.CjkCount(itemText) < MinChinese && CardText.CjkCount(sectionText) < MinSectionChinese)
        {
            return ItemScript.English;
        }

        foreach (var text in new[] { itemText, sectionText })
        {
            var (traditional, simplified) = Count(text);
            if (traditional != simplified)
            {
                return traditional > simplified ? ItemScript.Traditional : ItemScript.Simplified;
            }
        }

        var chinese = noteLanguages.FirstOrDefault(l => l.StartsWith("zh", StringComparison.Ordinal));
        return chinese == "zh-Hant" ? ItemScript.Traditional : ItemScript.Simplified;
    }

    private static (int Traditional, int Simplified) Count(string text)
    {
        var traditional = 0;
        var simplified = 0;
        foreach (var c in text)
        {
            if (ChineseScript.IsTraditionalOnly(c))
            {
                traditional++;
            }
            else if (ChineseScript.IsSimplifiedOnly(c))
            {
                simplified++;
            }
        }

        return (traditional, simplified);
    }
}
