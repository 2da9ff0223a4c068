using AifStudy.Core.Search;

namespace AifStudy.Core.Tests.Search;

public sealed class SearchQueryTests
{
    private static string[] Texts(SearchQuery query) => [.. query.Terms.Select(t => t.Text)];

    [Fact]
    public void A_two_character_chinese_query_is_one_short_term()
    {
        var query = SearchQuery.Parse("微调");

        var term = Assert.Single(query.Terms);
        Assert.Equal("微调", term.Text);
        Assert.Equal(2, term.Length);
    }

    [Fact]
    public void A_mixed_query_gives_an_english_term_and_a_chinese_one()
    {
        Assert.Equal(["rag", "检索"], Texts(SearchQuery.Parse("RAG 检索")));
    }

    [Fact]
    public void Latin_and_chinese_written_together_are_separate_terms()
    {
        Assert.Equal(["rag", "检索增强"], Texts(SearchQuery.Parse("RAG檢索增強")));
    }

    [Fact]
    public void Traditional_full_width_input_folds_like_the_index()
    {
        var query = SearchQuery.Parse("ＲＡＧ　基礎模型");

        Assert.Equal(["rag", "基础模型"], Texts(query));
    }

    [Fact]
    public void A_quoted_phrase_stays_one_term()
    {
        var query = SearchQuery.Parse("\"Prompt  Engineering\" bedrock");

        Assert.Equal(["prompt engineering", "bedrock"], Texts(query));
        Assert.True(query.Terms[0].IsPhrase);
        Assert.False(query.Terms[1].IsPhrase);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000\t\n")]
    [InlineData(null)]
    [InlineData("\"")]
    [InlineData("\"\"")]
    [InlineData("*")]
    [InlineData("-")]
    [InlineData("( ) : ^ + * -")]
    [InlineData("\"*\"")]
    [InlineData("，。「」")]
    public void Input_with_nothing_searchable_has_no_terms(string? raw)
    {
        var query = SearchQuery.Parse(raw);

        Assert.True(query.IsEmpty);
        Assert.Empty(query.Terms);
    }

    [Theory]
    [InlineData("NEAR(", "near")]
    [InlineData("NEAR(a b)", "near|a|b")]
    [InlineData("model*", "model")]
    [InlineData("-bedrock", "bedrock")]
    [InlineData("title:rag OR lex", "title|rag|or|lex")]
    [InlineData("sage\"maker", "sage|maker")]
    [InlineData("\"claude's model\"", "claude's model")]
    public void Query_syntax_in_the_input_is_read_as_words(string raw, string expected)
    {
        Assert.Equal(expected, string.Join('|', Texts(SearchQuery.Parse(raw))));
    }

    [Theory]
    [InlineData("gpt-4", "gpt-4")]
    [InlineData("C#", "c#")]
    [InlineData("c++", "c++")]
    [InlineData("node.js.", "node.js")]
    [InlineData("AIF-C01", "aif-c01")]
    public void Technical_words_keep_their_inner_punctuation(string raw, string expected)
    {
        Assert.Equal([expected], Texts(SearchQuery.Parse(raw)));
    }

    [Fact]
    public void Repeated_terms_are_kept_once()
    {
        Assert.Equal(["rag"], Texts(SearchQuery.Parse("RAG rag ＲＡＧ")));
    }

    [Fact]
    public void Length_counts_characters_not_utf16_units()
    {
        var term = Assert.Single(SearchQuery.Parse("𠀀𠀁").Terms);

        Assert.Equal(2, term.Length);
    }

    [Fact]
    public void Random_junk_gives_only_non_empty_folded_terms()
    {
        const string alphabet = "\"*-+^:()NEARORAND{}[]，。ab検索微调 \u3000\u201C\u201D'\\%_\0";
        var random = new Random(42);
        for (var i = 0; i < 5000; i++)
        {
            var raw = new string([.. Enumerable.Range(0, random.Next(0, 16)).Select(_ => alphabet[random.Next(alphabet.Length)])]);

            var terms = SearchQuery.Parse(raw).Terms;

            Assert.All(terms, t => Assert.True(t.Text.Length > 0 && t.Text == SearchText.Fold(t.Text), $"{raw} gave [{t.Text}]"));
        }
    }
}
