using System.Globalization;
using System.Text;
using AifStudy.Core.Search;
using AifStudy.Web.Services.Search;

namespace AifStudy.Web.Tests.Services.Search;

public sealed class SearchGramTokensTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("rag", "")]
    [InlineData("a", "a")]
    [InlineData("基础模型 foundation model", "基礎模型的微調，以及 fine-tuning")]
    [InlineData("c# c++ gpt-4 aif-c01", "100%_\\ \"quoted\" 'single' (parens) [x] {y} <z> a.b,c;d:e!f?g")]
    [InlineData("emoji 🤖🧠 rocket", "😀 a😀b 🤖🤖 \U0001F9E0x 𠀀𠀁 (extension B)")]
    [InlineData("  spaced\tout\n", "a  b\t\tc\r\nd \u3000 e\u00a0f")]
    [InlineData("ＲＡＧ　檢索", "㎏ ﬁne café e\u0301 ꙮ ٣ العربية עברית")]
    [InlineData("x", "aaaa aa a abab baba")]
    public void Row_tokens_are_the_same_set_as_one_string_per_gram(string title, string body)
    {
        var (foldedTitle, foldedBody) = (SearchText.Fold(title), SearchText.Fold(body));

        var tokens = SearchGramTokens.ForRow(foldedTitle, foldedBody);

        var list = tokens.Length == 0 ? [] : tokens.Split(' ');
        Assert.Equal(list.Length, list.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Reference(foldedTitle, foldedBody), list.ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void Row_tokens_match_on_generated_text_of_every_kind_of_character()
    {
        var random = new Random(11);
        var alphabet = new[] { "a", "b", "Z", "0", " ", " ", "\t", "，", "。", "模", "型", "檢", "😀", "🤖", "𠀀", "#", "-", "é", "ß", "İ" };
        for (var round = 0; round < 300; round++)
        {
            var text = new StringBuilder();
            for (var i = random.Next(40); i > 0; i--)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var (title, body) = (SearchText.Fold(text.ToString()[..(text.Length / 3)]), SearchText.Fold(text.ToString()));
            var tokens = SearchGramTokens.ForRow(title, body);
            Assert.Equal(Reference(title, body), (tokens.Length == 0 ? [] : tokens.Split(' ')).ToHashSet(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void A_short_term_token_is_one_of_the_row_tokens_when_the_row_holds_the_term()
    {
        var row = SearchGramTokens.ForRow("", SearchText.Fold("模型的微调 c# 🤖x")).Split(' ');

        Assert.Contains(SearchGramTokens.ForTerm("微调"), row);
        Assert.Contains(SearchGramTokens.ForTerm("c#"), row);
        Assert.Contains(SearchGramTokens.ForTerm("🤖x"), row);
        Assert.DoesNotContain(SearchGramTokens.ForTerm("#🤖"), row);
        Assert.Equal("005fae008c03", SearchGramTokens.ForTerm("微调"));
    }

    [Fact]
    public void Words_on_either_side_of_one_space_give_a_pair_token_that_a_phrase_needs()
    {
        var row = SearchGramTokens.ForRow("", SearchText.Fold("data model. token")).Split(' ');
        var phrase = SearchGramTokens.Necessary("data model");

        Assert.Contains("000061x00006d", row);
        Assert.DoesNotContain("00006cx000074", row);
        Assert.Contains("000061x00006d", phrase);
        Assert.Subset(row.ToHashSet(StringComparer.Ordinal), phrase.ToHashSet(StringComparer.Ordinal));
        Assert.False(SearchGramTokens.Necessary("model token").All(row.Contains));
    }

    /// <summary>The first implementation, one string per gram, plus the pairs across one space.</summary>
    private static HashSet<string> Reference(string title, string body)
    {
        var grams = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in new[] { title, body })
        {
            var runes = text.EnumerateRunes().ToList();
            for (var i = 0; i < runes.Count; i++)
            {
                if (Rune.IsWhiteSpace(runes[i]))
                {
                    continue;
                }

                grams.Add(Hex(runes[i]));
                if (i > 0 && !Rune.IsWhiteSpace(runes[i - 1]))
                {
                    grams.Add(Hex(runes[i - 1]) + Hex(runes[i]));
                }

                if (i > 1 && runes[i - 1].Value == ' ' && !Rune.IsWhiteSpace(runes[i - 2]))
                {
                    grams.Add(Hex(runes[i - 2]) + "x" + Hex(runes[i]));
                }
            }
        }

        return grams;
    }

    private static string Hex(Rune rune) => rune.Value.ToString("x6", CultureInfo.InvariantCulture);
}
