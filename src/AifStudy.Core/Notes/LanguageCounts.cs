namespace AifStudy.Core.Notes;

/// <summary>
/// The units <see cref="LanguageDetector"/> counts: ideographs (and how many are Traditional- or Simplified-only) and
/// English words. Counts of texts separated by a line break add up, so a note's counts are the sum of its sections'.
/// </summary>
internal readonly record struct LanguageCounts(int Cjk, int Words, int Traditional, int Simplified)
{
    public static LanguageCounts Of(string text)
    {
        int cjk = 0, words = 0, traditional = 0, simplified = 0;
        var inWord = false;
        var kinds = CharKinds.Table;
        foreach (var ch in text)
        {
            var kind = kinds[ch];
            var latin = (kind & CharKinds.AsciiLetter) != 0;
            if (latin && !inWord)
            {
                words++;
            }

            inWord = latin;
            if ((kind & CharKinds.Ideograph) != 0)
            {
                cjk++;
                traditional += (kind & CharKinds.TraditionalOnly) != 0 ? 1 : 0;
                simplified += (kind & CharKinds.SimplifiedOnly) != 0 ? 1 : 0;
            }
        }

        return new LanguageCounts(cjk, words, traditional, simplified);
    }

    public static LanguageCounts operator +(LanguageCounts a, LanguageCounts b) =>
        new(a.Cjk + b.Cjk, a.Words + b.Words, a.Traditional + b.Traditional, a.Simplified + b.Simplified);

    /// <summary>Language tags that make up at least <see cref="LanguageDetector.MinimumShare"/> of the units, most frequent first.</summary>
    public IReadOnlyList<string> Languages()
    {
        var total = (double)(Cjk + Words);
        var chinese = Cjk > 0 && Cjk / total >= LanguageDetector.MinimumShare;
        var english = Words > 0 && Words / total >= LanguageDetector.MinimumShare;
        var zh = Traditional > Simplified ? "zh-Hant" : "zh-Hans";

        // Most frequent first; Chinese first on a tie.
        return (chinese, english) switch
        {
            (true, true) => Words > Cjk ? ["en", zh] : [zh, "en"],
            (true, false) => [zh],
            (false, true) => ["en"],
            _ => [],
        };
    }
}
