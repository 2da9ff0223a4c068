using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>Checks from blind run 71: a variable letter said by the description alone, a comparison label, a numbered step of "how it works", kinds beside their general member.</summary>
public sealed class FiftySeventhReviewCheckTests
{
    [Theory]
    [InlineData("contiguous sequences of n items from a given text", new[] { "reducing words to their root form", "breaking text into smaller units (tokens)" }, true)]
    [InlineData("contiguous sequences of n items from a given text", new[] { "the top n words by frequency", "breaking text into smaller units (tokens)" }, false)]
    [InlineData("contiguous sequences of tokens from a given text", new[] { "reducing words to their root form", "breaking text into smaller units (tokens)" }, false)]
    public void A_variable_letter_only_the_right_description_says_gives_it_away(string answer, string[] others, bool dropped) =>
        Assert.Equal(dropped, Fires("giveaway-letter", Choice("Which of the following describes \"N-grams\"?", answer, others, term: "N-grams")));

    [Theory]
    [InlineData(new[] { "Tokenization", "Stemming" }, true)]
    [InlineData(new[] { "N-shot learning", "Stemming" }, false)]
    public void A_variable_letter_of_the_right_name_said_by_the_description_gives_it_away(string[] others, bool dropped) =>
        Assert.Equal(dropped, Fires("giveaway-letter", Choice("Which term does this describe: \"contiguous sequences of n items from a given text\"?", "N-grams", others, answerIsTerm: true)));

    [Theory]
    [InlineData("Difference to Self-Attention paper", true)]
    [InlineData("Differences between CNN and RNN", true)]
    [InlineData("与 BERT 的区别", true)]
    [InlineData("Layer Normalization", false)]
    public void A_comparison_is_a_label(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"What is {term}?", "Nowadays it is common to apply LayerNorm before the layers.", term, script: ItemScript.English)));

    private const string Steps = """
        1. **Start with a Pre-Trained Model**: Use a foundation model like Amazon Titan.
        2. **Prepare Domain-Specific Data**: Collect and preprocess a large dataset relevant to your domain.
        4. **Evaluate**: Test the model's performance on domain-specific tasks.
        """;

    [Theory]
    [InlineData("3. How Does Continued Pre-Training Work?", true)]
    [InlineData("3. What Continued Pre-Training Needs", false)]
    public void A_numbered_step_of_how_it_works_is_no_term(string title, bool dropped) =>
        Assert.Equal(dropped, Fires("process-step-as-term", Card("TermDefinition", "What is Evaluate?", "Test the model's performance on domain-specific tasks.", "Evaluate",
            context: null, section: Section(Steps, "Continued Pre-Training", title), script: ItemScript.English)));

    private const string Networks = """
        - **Artificial Neural Networks (ANN)**: capable of learning from data by adjusting the weights of connections between neurons
        - **Deep Neural Networks**: able to model more complex patterns in the data
        - **Convolutional Neural Networks (CNN)**: designed for processing grid-like data such as images
        - **Recurrent Neural Networks (RNN)**: tailored for sequential data
        """;

    [Theory]
    [InlineData(Networks, true)]
    [InlineData("- **Convolutional Neural Networks (CNN)**: designed for grid-like data\n- **Recurrent Neural Networks (RNN)**: tailored for sequential data\n- **Graph Neural Networks**: for graphs", false)]
    public void Kinds_beside_their_general_member_have_two_right_answers(string markdown, bool dropped) =>
        Assert.Equal(dropped, Fires("family-members", Choice("Which of the following describes \"Convolutional Neural Networks (CNN)\"?", "designed for processing grid-like data such as images",
            ["tailored for sequential data", "able to model more complex patterns in the data"], term: "Convolutional Neural Networks (CNN)", script: ItemScript.English) with { Section = Section(markdown, "ML", "Types of Neural Networks") }));
}

/// <summary>Run 71: entries under a list item that say what the item does for them.</summary>
public sealed class ParentAsSubjectTests
{
    private const string Regularization = """
        - **正則化**（Regularization）：一種透過在損失函數中添加懲罰項來防止過度擬合的技術。
          - 泛化(Generalization)：正則化模型學習資料的底層模式，以便更好地泛化到新數據，而不是記住特定的範例。
        """;

    [Theory]
    [InlineData("正則化模型學習資料的底層模式，以便更好地泛化到新數據，而不是記住特定的範例。", "數據處理 › 正則化", true)]
    [InlineData("模型在新數據上表現良好的能力", "數據處理 › 正則化", false)]
    [InlineData("正則化模型學習資料的底層模式", "數據處理", false)]
    public void A_back_whose_subject_is_the_entry_above_does_not_say_what_its_term_is(string back, string context, bool dropped) =>
        Assert.Equal(dropped, Fires("parent-as-subject", Card("TermDefinition", "“泛化(Generalization)”指什麼？", back, "泛化(Generalization)", context: context,
            section: Section(Regularization, "機器學習", "數據處理"), script: ItemScript.Traditional)));

    [Fact]
    public void The_notes_topic_as_subject_still_defines() =>
        Assert.False(Fires("parent-as-subject", Card("TermDefinition", "“幻觉”指什么？", "大语言模型生成看似合理但错误的内容", "幻觉", context: "大语言模型",
            section: Section("- **幻觉**：大语言模型生成看似合理但错误的内容", "大语言模型"))));
}

/// <summary>Checks from blind run 72: a negated form of the name, a gloss only the right name carries.</summary>
public sealed class FiftyEighthReviewCheckTests
{
    [Theory]
    [InlineData("Is the data always going to be available or is it coming from an unreliable source?", true)]
    [InlineData("Is the data always going to be available or can it go missing?", false)]
    public void A_negated_form_of_the_right_name_gives_it_away(string described, bool dropped) =>
        Assert.Equal(dropped, Fires("giveaway-related-word", Choice($"Which term (Data Dependencies) does this describe: \"{described}\"?", "Reliability", ["Versioning", "Necessity"], answerIsTerm: true, script: ItemScript.English)));

    [Theory]
    [InlineData("Recall（召回率）", new[] { "F1 Score", "MRR", "NDCG" }, true)]
    [InlineData("Recall（召回率）", new[] { "Precision（精确率）", "MRR", "NDCG" }, false)]
    [InlineData("Recall", new[] { "F1 Score", "MRR", "NDCG" }, false)]
    public void A_gloss_only_the_right_name_carries_gives_it_away(string answer, string[] others, bool dropped) =>
        Assert.Equal(dropped, Fires("giveaway-gloss", Choice("以下描述对应「检索质量指标」中的哪个术语？「相关文档中被检索到的比例」", answer, others, answerIsTerm: true)));

    [Theory]
    [InlineData("unreliable", "reliability", true)]
    [InlineData("nonlinear", "linearity", true)]
    [InlineData("under", "derive", false)]
    public void A_word_and_its_negation_are_related(string a, string b, bool related) =>
        Assert.Equal(related, QualityText.Related(a, b));
}

/// <summary>Run 73's broken item: a kind and its whole as each other's wrong option.</summary>
public sealed class NestedTermTests
{
    [Theory]
    [InlineData("向量嵌入", "嵌入", true)]
    [InlineData("Vector Embedding", "Embedding", true)]
    [InlineData("GraphRAG", "RAG", false)]
    [InlineData("Smart contract", "Art", false)]
    [InlineData("嵌入", "向量数据库", false)]
    [InlineData("Embedding", "Embedding", false)]
    public void A_name_that_holds_another_nests_it(string a, string b, bool nests) =>
        Assert.Equal(nests, AifStudy.Core.Quizzes.QuizText.Nests(a, b));

    [Fact]
    public void A_description_of_the_whole_is_never_a_wrong_option_for_its_kind()
    {
        // The user's domain 3 note defines 嵌入 and 向量嵌入 in one list.
        var note = AifStudy.Core.Tests.Flashcards.RealNotes.Parse("domain-3-fm-applications.md");
        var asked = 0;
        for (var seed = 0; seed < 40; seed++)
        {
            foreach (var q in AifStudy.Core.Quizzes.QuestionGenerator.Generate(note, "d3", null, seed).Where(q => q.Prompt.Contains("向量嵌入", StringComparison.Ordinal)))
            {
                asked++;
                Assert.DoesNotContain(q.Options, o => o.Contains("表示含义和关系", StringComparison.Ordinal));
            }
        }

        Assert.True(asked > 0);
    }
}

/// <summary>Checks from blind run 73: a version named with its year, a Chinese pronoun for the term.</summary>
public sealed class FiftyNinthReviewCheckTests
{
    [Theory]
    [InlineData("GPT-2（2019）", true)]
    [InlineData("GPT-4o、o1、o3（2024-2025）", true)]
    [InlineData("GPT-5 系列（2025 年中起）", true)]
    [InlineData("GPT-4", false)]
    [InlineData("BERT (Bidirectional Encoder Representations from Transformers)", false)]
    public void A_version_named_with_its_year_is_a_step_of_a_history(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("timeline-entry", Card("TermDefinition", $"“{term}”指什麼？", "開始能寫出像樣的文章", term, script: ItemScript.Traditional)));

    [Theory]
    [InlineData("它已經事先讀過超大量資料", true)]
    [InlineData("其核心是自注意力机制", true)]
    [InlineData("其他模型不具备的能力", false)]
    [InlineData("在海量资料上事先训练好的模型", false)]
    public void A_chinese_pronoun_for_the_term_is_no_definition(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("pronoun-back", Card("TermDefinition", "“Pre-trained（預訓練）”指什麼？", back, "Pre-trained（預訓練）", script: ItemScript.Traditional)));
}
