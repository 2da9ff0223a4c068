namespace AifStudy.Core.Notes;

/// <summary>
/// Tells which of <c>zh-Hans</c>, <c>zh-Hant</c> and <c>en</c> a text is written in, by counting characters.
/// An ideograph counts as one unit and an English word as one unit, so a Chinese note with English terms is not "en".
/// Simplified and Traditional are told apart by the characters OpenCC's tables convert (<see cref="Search.ChineseScript"/>).
/// </summary>
public static class LanguageDetector
{
    /// <summary>A language is reported when it makes up at least this share of the text's units.</summary>
    public const double MinimumShare = 0.1;

    /// <summary>Language tags found in <paramref name="text"/>, most frequent first.</summary>
    public static IReadOnlyList<string> Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LanguageCounts.Of(text).Languages();
    }
}
