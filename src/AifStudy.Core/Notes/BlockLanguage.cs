namespace AifStudy.Core.Notes;

/// <summary>
/// The language of one rendered block (a paragraph, a list item, a quote), for the bilingual reading toggle:
/// <see cref="Chinese"/>, <see cref="English"/>, or <see cref="Mixed"/> for blocks every view keeps.
/// </summary>
public static class BlockLanguage
{
    /// <summary>Chinese, Simplified or Traditional (English terms inside a Chinese sentence are fine).</summary>
    public const string Chinese = "zh";

    /// <summary>English sentences.</summary>
    public const string English = "en";

    /// <summary>Both languages in comparable amounts, or a short Latin-only name such as <c>Amazon Titan</c>.</summary>
    public const string Mixed = "mixed";

    /// <summary>Chinese share (ideographs against weighted English words) from which a block is Chinese.</summary>
    public const double ChineseShare = 0.7;

    /// <summary>Chinese share up to which a block is English.</summary>
    public const double EnglishShare = 0.2;

    /// <summary>
    /// English blocks need this many words: shorter Latin-only text is usually a product or model name that a Chinese
    /// note lists too (<c>Amazon Titan</c>), and hiding it from the Chinese view would lose content.
    /// </summary>
    public const int MinimumEnglishWords = 5;

    /// <summary>The language of <paramref name="text"/>, or null when it has neither ideographs nor Latin words.</summary>
    public static string? Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int ideographs = 0, words = 0;
        var inWord = false;
        foreach (var ch in text)
        {
            var latin = ch is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
            if (latin && !inWord)
            {
                words++;
            }

            inWord = latin;
            if (ScriptCounts.IsCjk(ch))
            {
                ideographs++;
            }
        }

        if (ideographs + words == 0)
        {
            return null;
        }

        // An English word carries about as much as two ideographs.
        var chineseShare = ideographs / (ideographs + 2.0 * words);
        return chineseShare switch
        {
            >= ChineseShare => Chinese,
            <= EnglishShare when words >= MinimumEnglishWords => English,
            _ => Mixed,
        };
    }
}
