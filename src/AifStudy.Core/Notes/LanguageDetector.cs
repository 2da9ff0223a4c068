using AifStudy.Core.Search;

namespace AifStudy.Core.Notes;

/// <summary>
/// Tells which of <c>zh-Hans</c>, <c>zh-Hant</c> and <c>en</c> a text is written in, by counting characters.
/// An ideograph counts as one unit and an English word as one unit, so a Chinese note with English terms is not "en".
/// Simplified and Traditional are told apart by the characters OpenCC's tables convert (<see cref="ChineseScript"/>).
/// </summary>
public static class LanguageDetector
{
    /// <summary>A language is reported when it makes up at least this share of the text's units.</summary>
    public const double MinimumShare = 0.1;

    /// <summary>Language tags found in <paramref name="text"/>, most frequent first.</summary>
    public static IReadOnlyList<string> Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int cjk = 0, words = 0, traditional = 0, simplified = 0;
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
                cjk++;
                traditional += ChineseScript.IsTraditionalOnly(ch) ? 1 : 0;
                simplified += ChineseScript.IsSimplifiedOnly(ch) ? 1 : 0;
            }
        }

        var total = (double)(cjk + words);
        var found = new List<(string Tag, int Count)>();
        if (cjk > 0 && cjk / total >= MinimumShare)
        {
            found.Add((traditional > simplified ? "zh-Hant" : "zh-Hans", cjk));
        }

        if (words > 0 && words / total >= MinimumShare)
        {
            found.Add(("en", words));
        }

        return found.OrderByDescending(f => f.Count).Select(f => f.Tag).ToList();
    }
}
