using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>Checks from the notes of corpus 59 outside its sample: runs of metric names as definitions, a back that opens at "it".</summary>
public sealed class FortySixthReviewCheckTests
{
    [Theory]
    [InlineData("Accuracy, Precision, Recall, F1-score, ROC-AUC, confusion matrix", true)]
    [InlineData("DSPY, Open-prompt, promptbreeder, TextGrad", true)]
    [InlineData("Predicts one of several labels, measured with accuracy, precision and recall", false)]
    public void A_run_of_names_is_not_a_definition(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("names-back", Card("TermDefinition", "What is Classification?", back, "Classification", script: ItemScript.English)));

    [Fact]
    public void A_run_of_names_is_not_a_description_to_choose_either() =>
        Assert.True(Fires("names-back", Choice("Which of the following describes \"Classification\"?", "Accuracy, Precision, Recall, F1-score, ROC-AUC, confusion matrix",
            ["MSE, RMSE, MAE, R²", "Silhouette score, inertia, Davies-Bouldin index"], "Classification", script: ItemScript.English) with { Subject = "term:Classification" }));

    [Theory]
    [InlineData("it reduces the number of parameters to train by creating low-rank transformations.", true)]
    [InlineData("this is terminology for fine-tuned models in Bedrock.", true)]
    [InlineData("It reduces the number of parameters to train by creating low-rank transformations.", false)]
    public void A_lower_case_pronoun_opening_is_a_remark(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("pronoun-back", Card("TermDefinition", "What is Reparametrization?", back, "Reparametrization", script: ItemScript.English)));
}

/// <summary>Checks from blind run 60: a maxim as a term, praise as a description, "One way" and "Challenge" as labels.</summary>
public sealed class FortySeventhReviewCheckTests
{
    [Theory]
    [InlineData("示例胜过描述", true)]
    [InlineData("Examples beat descriptions", true)]
    [InlineData("少样本提示", false)]
    public void A_maxim_is_not_a_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("claim-as-term", Card("TermDefinition", $"“{term}”指什么？", "3 个好示例比 10 句描述更有效", term)));

    [Theory]
    [InlineData("对模型性能至关重要", true)]
    [InlineData("Crucial for model performance", true)]
    [InlineData("从原始数据中构造对模型有用的输入变量", false)]
    public void Praise_is_only_a_classification(string definition, bool only) =>
        Assert.Equal(only, AnswerChecks.IsClassificationOnly(definition));

    [Theory]
    [InlineData("One way")]
    [InlineData("Challenge")]
    public void Bullet_labels_are_labels(string term) =>
        Assert.True(Fires("label-as-term", Card("TermDefinition", $"What is {term}?", "Average the word embeddings of the sentence.", term, script: ItemScript.English)));
}

/// <summary>Checks from blind run 61: a chapter's summary, a list that plays out a likeness, two bullets glued, faithful and grounded.</summary>
public sealed class FortyEighthReviewCheckTests
{
    [Theory]
    [InlineData("本章小结", true)]
    [InlineData("Key Takeaways", true)]
    [InlineData("总结", true)]
    [InlineData("提示词注入", false)]
    public void A_chapters_summary_is_no_source(string title, bool dropped) =>
        Assert.Equal(dropped, Fires("summary-section", Card("TermDefinition", "“企业隐私防护”指什么？", "在传入大模型前对个人识别信息做匿名化遮盖", "企业隐私防护",
            section: Section("- **企业隐私防护**：在传入大模型前对个人识别信息做匿名化遮盖", "第十一章：安全性与可靠性", title, "核心要点"))));

    [Fact]
    public void A_note_titled_as_a_summary_is_still_a_note() =>
        Assert.False(Fires("summary-section", Card("TermDefinition", "“RAG”指什么？", "检索增强生成，先检索再生成", "RAG",
            section: Section("- **RAG**：检索增强生成，先检索再生成", "知识点总结", "基本概念"))));

    private const string Likeness = """
        想象一下你在翻译一本外语书籍。分词器就像是你的词典：
        - 没有分词器：你看到的只是一堆无法理解的符号
        - 分词器合适：你能够准确理解每个单词，从而理解整本书
        """;

    [Fact]
    public void A_list_that_plays_out_a_likeness_gives_no_terms() =>
        Assert.True(Fires("attribute-as-term", Card("TermDefinition", "“分词器合适”指什么？", "你能够准确理解每个单词，从而理解整本书", "分词器合适",
            context: null, section: Section(Likeness, "分词器(Tokenizer)详解", "分词器的重要性"))));

    [Theory]
    [InlineData("尽可能将个人识别信息（PII）在传入大模型前进行匿名化遮盖。；在提示词中反复声明不可记忆。", true)]
    [InlineData("尽可能将个人识别信息（PII）在传入大模型前进行匿名化遮盖；在提示词中反复声明不可记忆。", false)]
    public void Two_bullets_glued_at_a_full_stop_are_spliced(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("spliced-text", Card("TermDefinition", "“企业隐私防护”指什么？", back, "企业隐私防护")));

    [Fact]
    public void Groundedness_beside_faithfulness_is_two_right_answers() =>
        Assert.True(Fires("two-right-answers", Choice("Which term does this describe: \"Accuracy of the response relative to the retrieved context.\"?", "Faithfulness",
            ["Groundedness", "Answer relevance"], "Faithfulness", answerIsTerm: true, script: ItemScript.English)));
}

/// <summary>Checks from blind run 62: scenarios under a use-case item, tips as terms, a mnemonic, the sides of a topic, a built-on word.</summary>
public sealed class FortyNinthReviewCheckTests
{
    private const string Scenarios = """
        - **含義**：在所有真實為正類的樣本中，被模型成功抓出的比例。
        - **經典應用場景**：
          - **惡性腫瘤篩檢**：若病患得癌卻被誤判為健康（FN），將延誤就醫導致喪命！
          - **防空預警雷達**：寧可把大批海鳥誤判為敵機，也絕不能漏掉一枚真實飛彈。
        """;

    [Fact]
    public void An_entry_under_a_use_case_item_is_an_example_not_a_term() =>
        Assert.True(Fires("use-case-restated", Card("TermDefinition", "“防空預警雷達”指什麼？", "寧可把大批海鳥誤判為敵機，也絕不能漏掉一枚真實飛彈。", "防空預警雷達",
            context: "召回率", section: Section(Scenarios, "評估指標", "召回率"), script: ItemScript.Traditional)));

    [Theory]
    [InlineData("Break tasks into steps", true)]
    [InlineData("Be precise", true)]
    [InlineData("Chain-of-thought prompting", false)]
    public void A_tip_written_as_an_order_is_not_a_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("incomplete-term", Card("TermDefinition", $"What is {term}?", "Simplifies complex reasoning for the model.", term, script: ItemScript.English)));

    private const string Mnemonic = """
        > 💡 **雙字母記憶口訣**：
        > - **第一個字母 (True / False)**：代表模型「猜得對不對」（T = 猜對，F = 猜錯）。
        > - **第二個字母 (Positive / Negative)**：代表模型「預測它是哪一類」。
        """;

    [Fact]
    public void A_list_under_a_mnemonic_gives_no_terms() =>
        Assert.True(Fires("attribute-as-term", Card("TermDefinition", "“第一個字母 (True / False)”指什麼？", "代表模型「猜得對不對」（T = 猜對，F = 猜錯）。", "第一個字母 (True / False)",
            context: null, section: Section(Mnemonic, "評估指標", "四象限組成概念"), script: ItemScript.Traditional)));

    [Theory]
    [InlineData("Benefits of Prompt Templates", true)]
    [InlineData("Problems with Sigmoid", true)]
    [InlineData("Risks of generative AI", false)]
    [InlineData("Types of Prompt Templates", false)]
    public void Entries_under_the_sides_of_a_topic_are_claims(string title, bool dropped) =>
        Assert.Equal(dropped, Fires("attribute-as-term", Card("TermDefinition", "What is Output management?", "Maintain consistent formatting for model responses.", "Output management",
            context: null, section: Section("- **Output management**: Maintain consistent formatting for model responses.", "Prompt Templates", title), script: ItemScript.English)));

    [Fact]
    public void A_word_the_term_is_built_on_gives_it_away_through_its_plural() =>
        Assert.True(Fires("giveaway-shared-words", Choice("Which of the following describes \"Embedding (Vectorization)\"?", "Converting tokens or documents into numerical vectors capturing semantic meaning.",
            ["A specialized index optimized for fast similarity search.", "Retrieval method that ranks results by meaning, not literal keywords."], "Embedding (Vectorization)", script: ItemScript.English)));

    [Theory]
    [InlineData("在线资源")]
    [InlineData("所属子领域")]
    [InlineData("The Problem")]
    public void Resources_metadata_and_the_problem_are_labels(string term) =>
        Assert.True(Fires("label-as-term", Card("TermDefinition", $"“{term}”指什么？", "人工智能 / 机器学习 / 深度学习相关内容", term)));
}
