using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>Checks from blind run 78: situations and uses as terms, a reason, a remark, a context that is an option.</summary>
public sealed class SixtyFourthReviewCheckTests
{
    private const string Situations = """
        Machine Learning Systems are useful in the following situations

        1. **Capacity To Learn** : There has to be input and output pairs that are provided to the model
        2. **Predictive Patterns** : Machine Learning is incredibly appealing when we're able to benefit from cheap predictions
        """;

    private const string Kinds = """
        Machine Learning Systems come in three kinds

        1. **Supervised learning** : learning from input and output pairs
        2. **Unsupervised learning** : learning structure from unlabelled data
        """;

    [Theory]
    [InlineData(Situations, "Introduction", "Predictive Patterns", true)]
    [InlineData(Kinds, "Introduction", "Supervised learning", false)]
    [InlineData("- 写作：写邮件、计划书、宣传文案、简单的故事等\n- 翻译：多语言翻译", "LLM能做什么", "写作", true)]
    public void An_entry_of_a_list_of_situations_or_uses_is_no_term(string markdown, string title, string term, bool dropped) =>
        Assert.Equal(dropped, Fires("situation-back", Card("TermDefinition", $"What are {term}?", "Machine Learning is incredibly appealing when we benefit from cheap predictions", term,
            context: null, section: Section(markdown, "ML Systems", title), script: ItemScript.English)));

    [Theory]
    [InlineData("A computer isn't good at analysing a bunch of strings, so we need to turn the strings into a 'bag of words'.", "reason-back", true)]
    [InlineData("Splitting text into units such as words or subwords", "reason-back", false)]
    [InlineData("It has been noted that, in some settings, Adam fails to attain convergence.", "finding-back", true)]
    public void A_reason_or_a_remark_is_no_definition(string back, string check, bool dropped) =>
        Assert.Equal(dropped, Fires(check, Card("TermDefinition", "What is Tokenization?", back, "Tokenization", context: "Natural Language Processing", script: ItemScript.English)));

    [Theory]
    [InlineData("知识库", true)]
    [InlineData("RAG 相关概念", false)]
    public void A_context_that_is_one_of_the_options_reads_as_the_answers_kind(string context, bool dropped) =>
        Assert.Equal(dropped, Fires("context-is-option", Choice($"以下描述对应「{context}」中的哪个术语？「检索增强生成」", "RAG", ["知识库", "数据集", "向量数据库"], answerIsTerm: true) with { Context = context }));
}

/// <summary>Run 79's broken items: a list item run into a flush-left line, numbered example queries with code comments.</summary>
public sealed class SixtyFifthReviewCheckTests
{
    private const string Pipeline = """
        traditional approach: (harder to maintain, easier to understand)
        - sentiment: count the # of positive and negative words per review
        deeplearning approach: (simpler to maintain, but how is the result achieved)
        -
        """;

    [Theory]
    [InlineData("count the # of positive and negative words per review deeplearning approach: (simpler to maintain, but how is the result achieved)", true)]
    [InlineData("count the # of positive and negative words per review", false)]
    public void A_list_item_run_into_the_next_labelled_line_reads_two_lines_as_one(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("lazy-continuation", Card("TermDefinition", "What is sentiment?", back, "sentiment", context: "NLP pipeline",
            section: Section(Pipeline, "NLP", "feature engineering"), script: ItemScript.English)));

    [Theory]
    [InlineData("Query1", "What with Africa?  # High attention to visits", "label-as-term", true)]
    [InlineData("Query1", "What with Africa?  # High attention to visits", "markup", true)]
    [InlineData("Query expansion", "Adding related terms to a search query", "label-as-term", false)]
    public void A_numbered_example_query_with_a_code_comment_is_no_card(string term, string back, string check, bool dropped) =>
        Assert.Equal(dropped, Fires(check, Card("TermDefinition", $"What is {term}?", back, term, context: "Multi-headed attention", script: ItemScript.English)));
}
