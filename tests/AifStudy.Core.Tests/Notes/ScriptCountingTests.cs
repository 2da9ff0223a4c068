using AifStudy.Core.Notes;

namespace AifStudy.Core.Tests.Notes;

/// <summary>The counters read eight ASCII characters at a time; they must count exactly what one character at a time does.</summary>
public sealed class ScriptCountingTests
{
    // Letters, digits, spaces and punctuation of both scripts, Simplified- and Traditional-only ideographs, accented Latin.
    private const string Alphabet = "abcXYZ019 -_.,;:'\n\t@[`{éÀÿĀſ中文简體繁语語的。，（）「」　ＡＺ々〇\u3400\uF900\uFAFF\u9FFF\u00BF\u4DBF\u4E00\u00C0\u024F\u0250\u33FF\uF8FF\uFB00\u4DC0\uA000";

    [Fact]
    public void Language_and_script_counts_match_a_character_by_character_count()
    {
        var random = new Random(6);
        for (var n = 0; n < 20_000; n++)
        {
            var length = random.Next(0, 70);
            var chars = new char[length];
            var ascii = random.Next(3) == 0;
            for (var i = 0; i < length; i++)
            {
                chars[i] = ascii ? (char)random.Next(0x20, 0x7F) : Alphabet[random.Next(Alphabet.Length)];
            }

            var text = new string(chars);
            Assert.Equal(ReferenceLanguageCounts(text), LanguageCounts.Of(text));
            Assert.Equal(ReferenceScriptCounts(text), ScriptCounts.Of(text));
        }
    }

    [Theory]
    [InlineData("Amazon Bedrock", 2, 13)]
    [InlineData("abcdefgh ijklmnop qrstuvwx", 3, 24)]
    [InlineData("abcdefghijklmnopqrstuvwxyz 基础模型 foundation models", 3, 42)]
    public void Words_crossing_blocks_of_eight_count_once(string text, int words, int letters)
    {
        Assert.Equal(words, LanguageCounts.Of(text).Words);
        Assert.Equal(letters, ScriptCounts.Of(text).Latin);
    }

    private static LanguageCounts ReferenceLanguageCounts(string text)
    {
        int cjk = 0, words = 0, traditional = 0, simplified = 0;
        var inWord = false;
        foreach (var ch in text)
        {
            var latin = ch is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
            words += latin && !inWord ? 1 : 0;
            inWord = latin;
            if (ScriptCounts.IsCjk(ch))
            {
                cjk++;
                traditional += AifStudy.Core.Search.ChineseScript.IsTraditionalOnly(ch) ? 1 : 0;
                simplified += AifStudy.Core.Search.ChineseScript.IsSimplifiedOnly(ch) ? 1 : 0;
            }
        }

        return new LanguageCounts(cjk, words, traditional, simplified);
    }

    private static ScriptCounts ReferenceScriptCounts(string text)
    {
        int cjk = 0, latin = 0;
        foreach (var ch in text)
        {
            cjk += ScriptCounts.IsCjk(ch) ? 1 : 0;
            latin += ch is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '\u00C0' and <= '\u024F') ? 1 : 0;
        }

        return new ScriptCounts(cjk, latin);
    }
}
