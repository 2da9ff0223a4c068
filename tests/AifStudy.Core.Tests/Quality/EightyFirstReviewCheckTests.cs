using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>
/// Run 90's failures (84.5 %, 2 broken): a back about the problem a term solves, a subject cut with its "since when",
/// criteria as terms, a step's own verb, a fix, a use, a figure's side; and a bold term over its definition read as one.
/// </summary>
public sealed class EightyFirstReviewCheckTests
{
    [Theory]
    [InlineData("Attention", "An informational bottleneck places too much pressure on a single vector.", true)]
    [InlineData("Attention", "A mechanism that lets the decoder look at every encoder state.", false)]
    [InlineData("Attention", "The attention layer has one weight per source word.", false)]
    public void A_back_that_opens_on_another_subject_does_not_answer(string term, string back, bool dropped) =>
        Assert.Equal(dropped, Fires("other-subject-back", Card("TermDefinition", $"What is {term}?", back, term, context: "Seq2Seq", script: ItemScript.English)));

    [Theory]
    [InlineData("RAG从2023年以来一直", true)]
    [InlineData("大模型通常", true)]
    [InlineData("检索增强生成", false)]
    public void A_subject_cut_with_its_adverb_is_no_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("incomplete-term", Card("TermDefinition", $"“{term}”指什么？", "非常流行的一套基于大模型的架构", term, context: "RAG")));

    [Theory]
    [InlineData("5.1 判斷標準", true)]
    [InlineData("When to use fine-tuning", true)]
    [InlineData("常用的預訓練模型 (Model Zoo)", false)]
    public void An_entry_of_a_list_of_criteria_is_a_condition(string title, bool dropped) =>
        Assert.Equal(dropped, Fires("criterion-entry", Card("TermDefinition", "“資料量少”指什麼？", "你自己蒐集的圖片只有幾百張 -> 必用！", "資料量少", context: "遷移學習",
            section: Section("1. **資料量少**：你自己蒐集的圖片只有幾百張 -> **必用！**", "遷移學習", title), script: ItemScript.Traditional)));

    [Theory]
    [InlineData("Tokenization", "The input phrase is tokenized using the same tokenizer that trained the network.", true)]
    [InlineData("Normalization", "Values are normalised to the range 0 to 1.", true)]
    [InlineData("Tokenization", "Splitting text into tokens the model has ids for.", false)]
    [InlineData("Classification", "Predicting which class an input belongs to.", false)]
    public void A_back_that_uses_the_terms_own_verb_is_circular(string term, string back, bool dropped) =>
        Assert.Equal(dropped, Fires("own-verb-back", Card("TermDefinition", $"What is {term}?", back, term, context: "Data flow", script: ItemScript.English)));

    [Theory]
    [InlineData("label new training data", true)]
    [InlineData("monitor the model and retrain it", true)]
    [InlineData("use of labelled data to fit a model", false)]
    [InlineData("labels that change after the model was trained", false)]
    public void A_fix_is_no_definition(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("instruction-back", Card("TermDefinition", "What is Changing ground truth?", back, "Changing ground truth", context: "Deployed models", script: ItemScript.English)));

    [Theory]
    [InlineData("Used for tasks like classification like sentiment analysis (e.g., BERT).", true)]
    [InlineData("Generalized for most tasks (e.g., GPT family, BLOOM)", true)]
    [InlineData("Models that keep only the encoder stack, such as BERT.", false)]
    public void What_it_is_used_for_is_no_definition(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("use-back", Card("TermDefinition", "What are Encoder-Only Models?", back, "Encoder-Only Models", context: "Model Variations", script: ItemScript.English)));

    [Theory]
    [InlineData("左邊 (VGG16)", true)]
    [InlineData("Left side (frozen)", true)]
    [InlineData("左移位", false)]
    public void A_side_of_a_figure_is_no_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"“{term}”指什麼？", "鎖住 (Locked)，負責提取特徵。", term, context: "圖解", script: ItemScript.Traditional)));

    [Fact]
    public void A_bold_term_alone_on_its_line_is_defined_by_the_next()
    {
        var note = new NoteParser().Parse("# AI-900\n\n## Core AI Concepts\n\n**Machine Learning**  \nA specialized subfield of AI that learns from data.\n\n**Note**\n\nRemember the exam.\n", "n.md");
        var definition = Assert.Single(note.Sections.SelectMany(s => s.Definitions));
        Assert.Equal(("Machine Learning", "A specialized subfield of AI that learns from data."), (definition.Term, definition.Definition));
    }

    [Theory]
    [InlineData("A specialized subfield of artificial intelligence (AI) that focuses on building systems that \"learn\" from data rather than being explicitly programmed for a specific task.", false)]
    [InlineData("A specialized subfield of artificial intelligence that learns from data. It focuses on building systems rather than rules, and it is the basis of most of what the exam calls AI today, from vision to language.", true)]
    public void One_English_sentence_may_run_longer_than_a_Chinese_one(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("lecture-back", Card("TermDefinition", "What is Machine Learning?", back, "Machine Learning", context: "Core AI Concepts", script: ItemScript.English)));

    [Theory]
    [InlineData("Get a big parallel corpus...", true)]
    [InlineData("Get a big parallel corpus and train end to end.", false)]
    public void An_answer_that_trails_off_is_cut_off(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("cut-off-back", Card("PracticeQuestion", "How to train an NMT system?", back, context: "NMT", script: ItemScript.English)));

    [Theory]
    [InlineData("Receptive field 的大小如何決定", true)]
    [InlineData("zero-shot（类似于多模态）", true)]
    [InlineData("zero-shot", false)]
    public void A_question_or_an_aside_in_a_term_is_no_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("incomplete-term", Card("TermDefinition", $"“{term}”指什么？", "人為決定，以 image 來說 kernel size 3x3 已經足夠", term, context: "CNN")));

    [Theory]
    [InlineData("(Transfer Learning 適用) › 常用的預訓練模型", true)]
    [InlineData("遷移學習 › 常用的預訓練模型", false)]
    public void A_title_that_is_wholly_an_aside_is_no_context(string context, bool dropped) =>
        Assert.Equal(dropped, Fires("sentence-context", Card("TermDefinition", "“ResNet50”指什麼？", "殘差網路，效能強，適合大多數任務。", "ResNet50", context: context, script: ItemScript.Traditional)));

    [Theory]
    [InlineData("What is Catastrophic forgetting? (Exam traps for this task)", true)]
    [InlineData("What is Catastrophic forgetting? (Fine-tuning)", false)]
    public void This_task_points_at_what_the_card_does_not_show(string front, bool dropped) =>
        Assert.Equal(dropped, Fires("dangling-reference", Card("TermDefinition", front, "Losing general skills after fine-tuning on one task.", "Catastrophic forgetting", context: "Fine-tuning", script: ItemScript.English)));

    [Theory]
    [InlineData("[success]", "dropout会使训练效果变差，而泛化能力增强。")]
    [InlineData("梯度历史矩阵", "G_t 对角矩阵，其中 G_{t,ii} = \\sum_k g_{k,i}^2")]
    public void A_callout_marker_or_a_latex_command_is_markup(string term, string back) =>
        Assert.True(Fires("markup", Card("TermDefinition", $"“{term}”指什么？", back, term, context: "Dropout")));

    [Theory]
    [InlineData("因为Dropout", true)]
    [InlineData("Dropout", false)]
    public void A_term_that_opens_with_because_is_a_cut_sentence(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("incomplete-term", Card("TermDefinition", $"“{term}”指什么？", "一个正则化技术，它减少了模型的有效容量", term, context: "Dropout的代价")));

    [Theory]
    [InlineData("Pre-trained", true)]
    [InlineData("Self-supervised", true)]
    [InlineData("Pre-training", false)]
    public void A_participle_is_a_quality_of_something_unnamed(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"What is {term}?", "Trained on a broad corpus before it is adapted.", term, context: "Key Characteristics", script: ItemScript.English)));

    [Theory]
    [InlineData("Dropout不仅仅", "incomplete-term", true)]
    [InlineData("数学原理", "label-as-term", true)]
    [InlineData("预定学习率衰减法的问题", "label-as-term", true)]
    [InlineData("学习率衰减法", "label-as-term", false)]
    public void What_is_said_of_a_topic_is_no_term(string term, string check, bool dropped) =>
        Assert.Equal(dropped, Fires(check, Card("TermDefinition", $"“{term}”指什么？", "学习率衰减法很难根据当前数据进行自适应", term, context: "随机梯度下降法")));

    [Fact]
    public void A_list_of_what_is_said_of_a_topic_is_recalled_all_the_same() =>
        Assert.False(Fires("label-as-term", Card("ListRecall", "自监督学习的特点：包括哪 2 项？", "- 不需要标注示例\n- 利用数据内的结构自动生成标签", "自监督学习的特点", context: "自监督学习")));

    [Theory]
    [InlineData("关键结论", true)]
    [InlineData("Conclusions", true)]
    [InlineData("结论推导", false)]
    public void Conclusions_are_a_summary(string title, bool dropped) =>
        Assert.Equal(dropped, Fires("summary-section", Card("TermDefinition", "“动态权重分配”指什么？", "自注意力通过动态计算位置间权重，灵活捕捉复杂依赖。", "动态权重分配",
            section: Section("- **动态权重分配**：自注意力通过动态计算位置间权重，灵活捕捉复杂依赖。", "自注意力机制", title))));

    [Theory]
    [InlineData("Batch Normalization › Process", true)]
    [InlineData("Markov Decision Process", false)]
    public void The_entries_under_a_process_are_its_steps(string context, bool dropped) =>
        Assert.Equal(dropped, Fires("process-step-as-term", Card("TermDefinition", "What are Weighted Sums?", "z1, z2, z3 for each node in the hidden layer", "Weighted Sums", context: context, script: ItemScript.English)));

    [Theory]
    [InlineData("Adaptable", true)]
    [InlineData("Explainable", true)]
    [InlineData("Variable", false)]
    public void A_quality_ending_in_able_is_no_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"What is {term}?", "Can be fine-tuned for specific tasks with less data.", term, context: "Key Characteristics", script: ItemScript.English)));

    [Theory]
    [InlineData("This retrieved information is then used to augment the model's generation.", true)]
    [InlineData("This is a technique that retrieves passages before generating.", false)]
    [InlineData("Adding retrieved passages to the prompt before generating.", false)]
    public void A_back_that_opens_on_this_and_a_noun_points_back(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("pronoun-back", Card("TermDefinition", "What is Augmentation?", back, "Augmentation", context: "RAG", script: ItemScript.English)));

    [Theory]
    [InlineData("Instruction + Context + Examples + Constraints + Format.", true)]
    [InlineData("Writing the instruction, context and examples so the model answers as wanted.", false)]
    public void A_sum_of_parts_is_no_definition(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("recipe-back", Card("TermDefinition", "What is Prompt Engineering?", back, "Prompt Engineering", context: "Prompts", script: ItemScript.English)));

    [Fact]
    public void K_means_is_one_algorithm() => Assert.Equal("What is", AifStudy.Core.Flashcards.CardText.WhatIs("K means"));

    [Fact]
    public void A_heading_a_level_above_the_notes_first_is_a_sibling_not_a_parent()
    {
        var note = new NoteParser().Parse("#### Amazon Polly\n- Turn text into speech\n\n### Lex \n- Build chatbots\n\n#### Amazon Connect\n- A cloud contact center\n", "n.md");
        var connect = note.Sections.Single(s => s.Title == "Amazon Connect");
        Assert.Equal(["Amazon Connect"], connect.Path);
        Assert.Equal(["Lex"], note.Sections.Single(s => s.Title == "Lex").Path);
    }

    [Fact]
    public void A_note_that_opens_with_its_title_keeps_its_outline()
    {
        var note = new NoteParser().Parse("# RAG\n\n## Retrieval\n\nFinds passages.\n\n### Chunking\n\nSplits documents.\n", "n.md");
        Assert.Equal(["RAG", "Retrieval", "Chunking"], note.Sections.Single(s => s.Title == "Chunking").Path);
    }

    [Fact]
    public void Hyperparameters_are_placed_under_their_algorithm()
    {
        var section = Parsed("## XGBoost\n\n- Important Hyperparameters:\n  - `lambda`: Regularization parameter for L2\n  - `alpha`: Regularization parameter for L1\n");
        Assert.Equal("XGBoost › Important Hyperparameters", SubjectContext.Place(section, "Important Hyperparameters"));
    }

    [Theory]
    [InlineData("Obtain logs", true)]
    [InlineData("Use Service", true)]
    [InlineData("Load Metrics into a Database", true)]
    [InlineData("Load balancing", false)]
    [InlineData("Observability", false)]
    public void A_step_of_a_scheme_is_no_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("step-as-term", Card("TermDefinition", $"What is {term}?", "Generate logs as local log file when using the service", term, context: "Monitoring scheme", script: ItemScript.English)));

    [Theory]
    [InlineData("A hypothesis on why RLHF works, which we'll go into in the RLHF and hallucination section.", true)]
    [InlineData("A hypothesis that RLHF works because it teaches the model to say it does not know.", false)]
    public void A_pointer_to_a_later_section_dangles(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("dangling-reference", Card("TermDefinition", "What is The hallucination hypothesis?", back, "The hallucination hypothesis", context: "RLHF", script: ItemScript.English)));

    [Theory]
    [InlineData("IP Insights", false)]
    [InlineData("Amazon CloudWatch Contributor Insights", false)]
    [InlineData("Key Insights", true)]
    public void An_algorithm_named_insights_is_no_remark(string title, bool label) =>
        Assert.Equal(label, SubjectChecks.IsLabel(title));

    [Theory]
    [InlineData("Top 40 General Tips for MLA-C01 (Ordered by Importance)", true)]
    [InlineData("提示词小技巧", true)]
    [InlineData("Tipping points", false)]
    public void An_entry_of_a_list_of_tips_is_advice(string title, bool dropped) =>
        Assert.Equal(dropped, Fires("tip-entry", Card("TermDefinition", "What is Minimize Operational Overhead?", "Pick serverless (Lambda, Firehose, Glue) when possible.", "Minimize Operational Overhead",
            context: "MLA-C01", section: Section("1. **Minimize Operational Overhead**: Pick serverless when possible.", "MLA-C01", title), script: ItemScript.English)));

    [Theory]
    [InlineData("Amazon ElastiCache", "In-memory caching (Redis/Memcached).", true)]
    [InlineData("Amazon Neptune", "Graph database.", false)]
    public void A_part_of_the_name_echoed_by_the_right_description_gives_it_away(string term, string answer, bool dropped)
    {
        var item = Choice($"Which of the following describes \"{term}\"?", answer, ["Managed MongoDB-compatible DB.", "Serverless key-value and document DB.", "Managed relational databases."], term, script: ItemScript.English);
        Assert.Equal(dropped, Fires("giveaway-related-word", item));
    }

    [Theory]
    [InlineData("Learning Sources", true)]
    [InlineData("Sources", true)]
    [InlineData("Data Sources", false)]
    public void A_list_of_learning_sources_is_a_reading_list(string title, bool dropped) =>
        Assert.Equal(dropped, Fires("non-content-section", Card("TermDefinition", "What is Pinecone?", "Chunking Strategies for LLM Applications - In-depth visual guide.", "Pinecone",
            context: "RAG", section: Section("- [Pinecone: Chunking Strategies](https://www.pinecone.io/learn/) - In-depth visual guide.", "RAG Architectures", title), script: ItemScript.English)));

    [Theory]
    [InlineData("just remind why following functions should not be utilized", true)]
    [InlineData("functions that keep a network linear and so should not be used", false)]
    public void A_back_that_points_at_the_entries_below_dangles(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("dangling-reference", Card("TermDefinition", "What are anti-choices?", back, "anti-choices", context: "Activation Functions", script: ItemScript.English)));
}
