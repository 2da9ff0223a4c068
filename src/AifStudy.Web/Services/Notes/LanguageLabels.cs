namespace AifStudy.Web.Services.Notes;

/// <summary>Short labels for language tags, for the small badges beside sections: 简, 繁, EN.</summary>
public static class LanguageLabels
{
    public static string Abbreviation(string tag) => tag switch
    {
        "zh-Hans" => "简",
        "zh-Hant" => "繁",
        "en" => "EN",
        _ => tag,
    };

    /// <summary>What a reader calls it: "Simplified Chinese".</summary>
    public static string Name(string tag) => tag switch
    {
        "zh-Hans" => "Simplified Chinese",
        "zh-Hant" => "Traditional Chinese",
        "en" => "English",
        _ => tag,
    };
}
