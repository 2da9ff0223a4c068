namespace AifStudy.Web.Data;

/// <summary>Which blocks of a bilingual note are shown.</summary>
public enum ReadingLanguage
{
    Both,
    Chinese,
    English,
}
