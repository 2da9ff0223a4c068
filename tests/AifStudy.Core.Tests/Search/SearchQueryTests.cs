using System.Text.RegularExpressions;
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
        Assert.True(term.IsShort);
        Assert.Null(query.ToFtsMatch());
    }

    [Fact]
    public void A_mixed_query_gives_an_indexed_english_term_and_a_short_chinese_one()
    {
        var query = SearchQuery.Parse("RAG 检索");

        Assert.Equal(["rag", "检索"], Texts(query));
        Assert.Equal(["rag"], query.IndexedTerms.Select(t => t.Text));
        Assert.Equal(["检索"], query.ShortTerms.Select(t => t.Text));
        Assert.Equal("\"rag\"", query.ToFtsMatch());
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
        Assert.Equal("\"rag\" AND \"基础模型\"", query.ToFtsMatch());
    }

    [Fact]
    public void A_quoted_phrase_stays_one_term()
    {
        var query = SearchQuery.Parse("\"Prompt  Engineering\" bedrock");

        Assert.Equal(["prompt engineering", "bedrock"], Texts(query));
        Assert.True(query.Terms[0].IsPhrase);
        Assert.Equal("\"prompt engineering\" AND \"bedrock\"", query.ToFtsMatch());
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
        Assert.Null(query.ToFtsMatch());
    }

    [Theory]
    [InlineData("NEAR(", "\"near\"")]
    [InlineData("NEAR(a b)", "\"near\"")]
    [InlineData("model*", "\"model\"")]
    [InlineData("-bedrock", "\"bedrock\"")]
    [InlineData("title:rag OR lex", "\"title\" AND \"rag\" AND \"lex\"")]
    [InlineData("sage\"maker", "\"sage\" AND \"maker\"")]
    [InlineData("\"a \"\" b\"", null)]
    [InlineData("\"claude's model\"", "\"claude's model\"")]
    public void Fts_syntax_in_the_input_only_ever_reaches_fts5_inside_quoted_strings(string raw, string? expected)
    {
        Assert.Equal(expected, SearchQuery.Parse(raw).ToFtsMatch());
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
    public void Short_means_fewer_than_three_characters_not_utf16_units()
    {
        var term = Assert.Single(SearchQuery.Parse("𠀀𠀁").Terms);

        Assert.Equal(2, term.Length);
        Assert.True(term.IsShort);
    }

    [Fact]
    public void A_term_inner_quote_is_doubled_in_its_fts_string()
    {
        Assert.Equal("\"say \"\"hi\"\"\"", new SearchTerm("say \"hi\"", IsPhrase: true).ToFtsString());
    }

    [Fact]
    public void Like_patterns_escape_wildcards()
    {
        Assert.Equal("%100\\%\\_a\\\\b%", new SearchTerm("100%_a\\b", IsPhrase: false).ToLikePattern());
    }

    [Fact]
    public void Random_junk_always_gives_quoted_strings_joined_by_and()
    {
        const string alphabet = "\"*-+^:()NEARORAND{}[]，。ab検索微调 \u3000\u201C\u201D'\\%_\0";
        var shape = new Regex("^\"([^\"]|\"\")*\"( AND \"([^\"]|\"\")*\")*$");
        var random = new Random(42);
        for (var i = 0; i < 5000; i++)
        {
            var raw = new string([.. Enumerable.Range(0, random.Next(0, 16)).Select(_ => alphabet[random.Next(alphabet.Length)])]);

            var match = SearchQuery.Parse(raw).ToFtsMatch();

            Assert.True(match is null || shape.IsMatch(match), $"{raw} gave {match}");
        }
    }
}
