using System.Text;

namespace AifStudy.Core.Search;

/// <summary>Which characters count as Chinese, Japanese or Korean script when splitting a query.</summary>
internal static class CjkText
{
    public static bool IsCjk(Rune rune) => rune.Value switch
    {
        >= 0x2E80 and <= 0x2FDF => true, // radicals
        0x3005 or 0x3007 => true, // 々 〇
        >= 0x3040 and <= 0x312F => true, // kana, bopomofo
        >= 0x3400 and <= 0x4DBF => true, // extension A
        >= 0x4E00 and <= 0x9FFF => true, // unified ideographs
        >= 0xAC00 and <= 0xD7AF => true, // Hangul syllables
        >= 0xF900 and <= 0xFAFF => true, // compatibility ideographs
        >= 0x20000 and <= 0x323AF => true, // extensions B to H
        _ => false,
    };
}
