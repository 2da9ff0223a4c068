using AifStudy.Core.Search;

namespace AifStudy.Core.Tests.Search;

public sealed class HighlighterTests
{
    // Segments as text with matches in [brackets], for one-line expectations.
    private static string Render(TextSnippet snippet) =>
        (snippet.StartsMidText ? "…" : "")
        + string.Concat(snippet.Segments.Select(s => s.IsMatch ? $"[{s.Text}]" : s.Text))
        + (snippet.EndsMidText ? "…" : "");

    private static string Snip(string text, int maxLength, params string[] terms) =>
        Render(Highlighter.Snippet(text, terms, maxLength));

    [Fact]
    public void A_simplified_query_marks_traditional_text_in_its_original_characters()
    {
        Assert.Equal("什麼是[基礎模型]？", Snip("什麼是基礎模型？", 50, "基础模型"));
    }

    [Fact]
    public void Full_width_text_is_matched_by_a_half_width_query_and_shown_full_width()
    {
        Assert.Equal("使用 [ＲＡＧ]　[檢索]增強", Snip("使用 ＲＡＧ　檢索增強", 50, "rag", "检索"));
    }

    [Fact]
    public void English_matches_ignore_case_and_keep_the_text_casing()
    {
        Assert.Equal("Use [Prompt Engineering] with [Bedrock].", Snip("Use Prompt Engineering with Bedrock.", 80, "prompt engineering", "bedrock"));
    }

    [Fact]
    public void A_phrase_matches_across_a_line_break_and_keeps_it()
    {
        Assert.Equal("[prompt\n  engineering]", Snip("prompt\n  engineering", 80, "prompt engineering"));
    }

    [Fact]
    public void Positions_stay_right_after_characters_that_nfkc_lengthens()
    {
        // ㎏ folds to "kg" and ﬁ to "fi": the folded text is longer than the original.
        Assert.Equal("5㎏ ﬁne-[tuning] [微調]", Snip("5㎏ ﬁne-tuning 微調", 80, "tuning", "微调"));
        Assert.Equal("[ﬁne]-tuning", Snip("ﬁne-tuning", 80, "fine"));
    }

    [Fact]
    public void Positions_stay_right_after_characters_that_nfkc_composes()
    {
        Assert.Equal("cafe\u0301 [模型]", Snip("cafe\u0301 模型", 80, "模型"));
        Assert.Equal("[cafe\u0301] 模型", Snip("cafe\u0301 模型", 80, "café"));
    }

    [Fact]
    public void Characters_outside_the_bmp_keep_their_positions()
    {
        Assert.Equal("😀𠀀 [檢索] 😀", Snip("😀𠀀 檢索 😀", 80, "检索"));
    }

    [Fact]
    public void A_long_text_is_cut_around_the_first_match()
    {
        var text = string.Concat(Enumerable.Repeat("前文", 50)) + "嵌入向量" + string.Concat(Enumerable.Repeat("後文", 50));

        var snippet = Highlighter.Snippet(text, ["嵌入"], 20);

        Assert.True(snippet.StartsMidText);
        Assert.True(snippet.EndsMidText);
        Assert.Equal(20, snippet.PlainText.Length);
        Assert.Equal("文前文前文前文前文[嵌入]向量後文後文後文後", Render(snippet)[1..^1]);
    }

    [Fact]
    public void English_excerpts_do_not_start_or_end_mid_word()
    {
        var text = "Amazon Bedrock offers foundation models from several providers through a single API.";

        Assert.Equal("…offers [foundation] models from…", Snip(text, 36, "foundation"));
    }

    [Fact]
    public void Every_match_inside_the_excerpt_is_marked()
    {
        Assert.Equal("[RAG] 先[檢索]再生成；[rag] 的[检索]", Snip("RAG 先檢索再生成；rag 的检索", 80, "检索", "rag"));
    }

    [Fact]
    public void Without_a_match_the_excerpt_is_the_beginning_of_the_text()
    {
        var snippet = Highlighter.Snippet("機器學習的基礎知識", ["嵌入"], 4);

        Assert.False(snippet.HasMatch);
        Assert.Equal("機器學習…", Render(snippet));
    }

    [Fact]
    public void A_match_longer_than_the_excerpt_is_cut_to_fit()
    {
        Assert.Equal("…[基礎模]…", Snip("a 基礎模型", 3, "基础模型"));
    }

    [Fact]
    public void Markup_in_the_text_stays_plain_text_in_the_segments()
    {
        var snippet = Highlighter.Snippet("<script>alert(1)</script> RAG", ["rag"], 80);

        Assert.Equal(new SnippetSegment("<script>alert(1)</script> ", IsMatch: false), snippet.Segments[0]);
        Assert.Equal(new SnippetSegment("RAG", IsMatch: true), snippet.Segments[1]);
    }

    [Fact]
    public void Empty_terms_and_empty_text_are_harmless()
    {
        Assert.Equal("abc", Snip("abc", 10, "", " "));
        Assert.Empty(Highlighter.Snippet("", ["rag"], 10).Segments);
    }
}
