using AifStudy.Web.Data;

namespace AifStudy.Web.Services.Reading;

/// <summary>Names of <see cref="ReadingLanguage"/> as the page shows and styles them.</summary>
public static class ReadingLanguages
{
    public static IReadOnlyList<ReadingLanguage> All { get; } = [ReadingLanguage.Chinese, ReadingLanguage.English, ReadingLanguage.Both];

    /// <summary>The CSS key: the article gets class <c>reading-zh</c>, <c>reading-en</c> or <c>reading-both</c>.</summary>
    public static string Key(ReadingLanguage language) => language switch
    {
        ReadingLanguage.Chinese => "zh",
        ReadingLanguage.English => "en",
        _ => "both",
    };

    /// <summary>The button label.</summary>
    public static string Label(ReadingLanguage language) => language switch
    {
        ReadingLanguage.Chinese => "中文",
        ReadingLanguage.English => "English",
        _ => "中文 + English",
    };
}
