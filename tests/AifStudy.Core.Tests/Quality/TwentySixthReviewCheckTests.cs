using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>Checks from blind run 37: the note-taker's own voice, predicates as terms, giveaways by context and translation.</summary>
public sealed class TwentySixthReviewCheckTests
{
    [Theory]
    [InlineData("we collect a vast amount of data", true)]
    [InlineData("We implement a model and train it, we have the structure", true)]
    [InlineData("our users see the model's answers", true)]
    [InlineData("我们把数据分成训练集和测试集", true)]
    [InlineData("I think it is a managed service", true)]
    [InlineData("i.e. the layer that stores data", false)]
    [InlineData("The layer that stores and prepares the training data.", false)]
    [InlineData("Weights that a model learns during training.", false)]
    public void A_back_in_the_note_takers_voice_is_dropped(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("narration-back", Card("TermDefinition", "What is Data Layer? (AI Components)", back, "Data Layer", script: ItemScript.English)));

    [Fact]
    public void A_description_in_the_note_takers_voice_is_dropped_from_the_options() =>
        Assert.True(Fires("narration-back", Choice("Which of the following describes \"Model Layer\"?", "we implement a model and train it",
            ["how to serve the model and its capabilities", "data scientists choose frameworks for the use case", "the raw data the model learns from"], "Model Layer", script: ItemScript.English)));

    [Theory]
    [InlineData("Requires labeled data", true)]
    [InlineData("Used to predict a numeric value", true)]
    [InlineData("Can be fine-tuned", true)]
    [InlineData("需要标注数据", true)]
    [InlineData("用于文本分类", true)]
    [InlineData("Supervised Learning", false)]
    [InlineData("Usage Policies", false)]
    [InlineData("Canary Deployment", false)]
    [InlineData("标注数据", false)]
    public void A_predicate_is_not_a_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("incomplete-term", Card("TermDefinition", $"What is {term}?", "very powerful, but difficult to perform on millions of data points", term, script: ItemScript.English)));

    [Fact]
    public void A_word_of_the_context_that_only_the_right_description_holds_gives_it_away()
    {
        var item = Choice("Which of the following describes \"Amazon Comprehend (Language (NLP))\"?", "NLP for sentiment analysis, entity recognition, and topic modeling.",
            ["Builds conversational voice/text chatbots using the same tech as Alexa.", "Neural machine translation for 75+ languages.", "Converts audio to text using ASR (Automatic Speech Recognition)."],
            "Amazon Comprehend", script: ItemScript.English) with { Context = "Language (NLP)" };

        Assert.True(Fires("giveaway-shared-words", item));
    }

    [Fact]
    public void A_description_that_translates_a_word_of_the_term_gives_it_away()
    {
        var topK = Choice("下列哪一项是对「Top-k Accuracy（分类任务）」的描述？", "预测结果的前k个中包含正确标签的比例。",
            ["预测概率与真实标签的差异，越小越好。", "精确率和召回率的调和平均数，兼顾误报和漏报。", "反映模型区分正负样本能力，曲线下的面积。"], "Top-k Accuracy");
        var pixel = Choice("以下描述对应「语义分割/实例分割」中的哪个术语？「正确分类像素占总像素比例。」", "Pixel Accuracy",
            ["mIoU（mean Intersection over Union）", "Dice Coefficient"], answerIsTerm: true);
        var attention = Choice("以下描述对应「神经网络层」中的哪个术语？「关注输入文本中最相关的部分；是 Transformer 模型的核心部分」", "注意力机制",
            ["前馈层", "嵌入层"], answerIsTerm: true);
        var fair = Choice("以下描述对应「神经网络层」中的哪个术语？「将输入文本转换为称为嵌入的向量表示」", "前馈层",
            ["注意力机制", "卷积层"], answerIsTerm: true);

        Assert.True(Fires("giveaway-shared-words", topK));
        Assert.True(Fires("giveaway-shared-words", pixel));
        Assert.True(Fires("giveaway-shared-words", attention));
        Assert.False(Fires("giveaway-shared-words", fair));
    }
}

/// <summary>Checks from blind run 38: continuations split at a colon, prepositions and "below" as terms, "same as above", qualified labels, images in text.</summary>
public sealed class TwentySeventhReviewCheckTests
{
    private static readonly AifStudy.Core.Notes.NoteParser Parser = new();

    [Theory]
    [InlineData("of all stages, including data ingestion, pre-processing, training, etc…", true)]
    [InlineData("of model in productions", true)]
    [InlineData("Automating all stages of the ML lifecycle.", false)]
    public void A_back_that_continues_the_term_after_a_colon_is_dropped(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("fragment-back", Card("TermDefinition", "What is Automation? (MLOps › Key Principles)", back, "Automation", script: ItemScript.English)));

    [Theory]
    [InlineData("Throughout the AI lifecycle", true)]
    [InlineData("During training", true)]
    [InlineData("Within a VPC", true)]
    [InlineData("Throughput", false)]
    public void A_prepositional_phrase_is_not_a_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("incomplete-term", Card("TermDefinition", $"What is {term}?", "design, development, deployment, monitoring, evaluation", term, script: ItemScript.English)));

    [Fact]
    public void Below_is_not_a_term() =>
        Assert.True(Fires("missing-subject", Card("TermDefinition", "“下面”指什么？（Security）", "加上水印后的结果，可以看到确实很难直接察觉到", "下面")));

    [Fact]
    public void Same_as_above_points_at_what_the_learner_never_sees() =>
        Assert.True(Fires("dangling-reference", Card("TermDefinition", "“给予冲突的指令（论文同上）”指什么？（JailBreaking）", "在提示词末尾附上一句话，让模型接着写", "给予冲突的指令（论文同上）")));

    [Theory]
    [InlineData("整体目标", true)]
    [InlineData("最终目标", true)]
    [InlineData("Overall Goal", true)]
    [InlineData("目标检测", false)]
    public void A_qualified_label_is_not_a_term(string term, bool label) =>
        Assert.Equal(label, SubjectChecks.IsLabel(term));

    [Fact]
    public void An_image_inside_a_definition_is_not_part_of_its_text()
    {
        var parsed = Parser.Parse("# MLOps\n\n## Key Principles\n\n- Continuous Integration: test models consistently\n- Continuous Delivery: delivery of models to production ![alt text](image-19.png)\n", "m.md");

        var definitions = parsed.Sections.SelectMany(s => s.Definitions).ToDictionary(d => d.Term, d => d.Definition);

        Assert.Equal("delivery of models to production", definitions["Continuous Delivery"]);
    }
}

/// <summary>Checks from blind run 39: advice and negated imperatives as terms, a clause cut at "可以被认为".</summary>
public sealed class TwentyEighthReviewCheckTests
{
    [Theory]
    [InlineData("Remember the distinction", true)]
    [InlineData("不要只看 Accuracy", true)]
    [InlineData("Avoid data leakage", true)]
    [InlineData("Never trust raw outputs", true)]
    [InlineData("单词嵌入层可以被认为", true)]
    [InlineData("也称为", true)]
    [InlineData("Data Leakage", false)]
    [InlineData("单词嵌入层", false)]
    [InlineData("别名", false)]
    public void Advice_and_clauses_cut_mid_way_are_not_terms(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("incomplete-term", Card("TermDefinition", $"What is {term}?", "a point the author makes about the topic above", term, script: ItemScript.English)));
}

/// <summary>Checks from blind run 40: a topic's benefits and features are no terms; table labels; a condition with an arrow.</summary>
public sealed class TwentyNinthReviewCheckTests
{
    private static readonly AifStudy.Core.Notes.NoteParser Parser = new();

    [Theory]
    [InlineData("Business Benefits", true)]
    [InlineData("Key Features", true)]
    [InlineData("Advantages:", true)]
    [InlineData("RAG 的优势", true)]
    [InlineData("Features", false)]
    [InlineData("Feature Engineering", false)]
    [InlineData("Benefit Corporation Rules", false)]
    public void A_title_of_qualities_gives_no_terms(string title, bool qualities) =>
        Assert.Equal(qualities, AifStudy.Core.Notes.DefinitionReader.IsQualitiesTitle(title));

    [Fact]
    public void The_items_under_a_benefits_heading_give_no_definitions_but_a_glossary_beside_it_does()
    {
        var parsed = Parser.Parse("# Bedrock Knowledge Bases\n\n## Business Benefits\n\n- Enhanced Accuracy: answers grounded in your documents\n- Cost Effective: no retraining of the model\n\n## Components\n\n- Embeddings model: turns text into vectors for search\n", "kb.md");

        var terms = parsed.Sections.SelectMany(s => s.Definitions).Select(d => d.Term).ToList();

        Assert.DoesNotContain("Enhanced Accuracy", terms);
        Assert.DoesNotContain("Cost Effective", terms);
        Assert.Contains("Embeddings model", terms);
    }

    [Theory]
    [InlineData("Business Use", true)]
    [InlineData("AWS Tools", true)]
    [InlineData("Keyword", true)]
    [InlineData("Knowledge Base", false)]
    public void Table_and_bullet_labels_are_no_terms(string term, bool label) =>
        Assert.Equal(label, SubjectChecks.IsLabel(term));

    [Fact]
    public void A_condition_with_an_arrow_is_not_a_term() =>
        Assert.True(Fires("incomplete-term", Card("TermDefinition", "What is Temperature → 0?", "the model always picks the most likely token", "Temperature → 0", script: ItemScript.English)));
}

/// <summary>Checks from blind run 41: a conjunction kept with a name, a back that only compares, a gloss of the answer.</summary>
public sealed class ThirtiethReviewCheckTests
{
    [Theory]
    [InlineData("而 AgentGPT", true)]
    [InlineData("而AgentGPT", true)]
    [InlineData("whereas AutoGPT", true)]
    [InlineData("AgentGPT", false)]
    public void A_name_taken_with_its_conjunction_is_not_a_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("incomplete-term", Card("TermDefinition", $"“{term}”指什么？", "一个在浏览器里运行的自主代理平台", term)));

    [Fact]
    public void A_name_with_its_conjunction_is_not_an_option() =>
        Assert.True(Fires("incomplete-term", Choice("以下描述对应「开发框架」中的哪个术语？「在服务器上运行的自主代理」", "而 AgentGPT", ["AutoGPT", "LangChain"], answerIsTerm: true)));

    [Theory]
    [InlineData("like the programmatic but with humans, you select the metrics", true)]
    [InlineData("similar to the automatic one, but slower", true)]
    [InlineData("Likelihood of the data under the model.", false)]
    public void A_back_that_only_compares_with_a_sibling_is_dropped(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("fragment-back", Card("TermDefinition", "What is bring your own workforce?", back, "bring your own workforce", script: ItemScript.English)));

    [Fact]
    public void A_description_that_carries_the_chinese_of_the_answer_gives_it_away() =>
        Assert.True(Fires("giveaway-shared-words", Choice("以下描述对应「Human evaluation 人工评估」中的哪个术语？「How well does the model handle unexpected queries? 创造力和灵活性：模型处理意外查询的能力如何？」",
            "Creativity and flexibility", ["Contextual appropriateness", "User experience"], answerIsTerm: true)));
}
