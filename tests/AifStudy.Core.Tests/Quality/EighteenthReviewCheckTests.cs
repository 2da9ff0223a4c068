using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using AifStudy.Core.Quizzes;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>Checks from blind run 27: reading-list titles as definitions, names as definitions, long titles that name their topic before a colon, adjectives as terms.</summary>
public sealed class EighteenthReviewCheckTests
{
    private static readonly NoteParser Parser = new();

    private const string ReadingList = """
        # RLHF

        ## Offline RL

        - SAIL: [Self-Improving Efficient Online Alignment of Large Language Models](https://arxiv.org/abs/2406.15567)
        - SPIN: [Self-Play Fine-Tuning Converts Weak Language Models to Strong Language Models.](https://arxiv.org/abs/2401.01335)
        - GSHF: [Iterative Preference Learning from Human Feedback: Bridging Theory and Practice for RLHF](https://arxiv.org/abs/2312.11456)
        - [KTO: Model Alignment as Prospect Theoretic Optimization.](https://arxiv.org/abs/2402.01306)
        - DPO: Direct preference optimisation, which trains the policy on preference pairs without a separate reward model
        """;

    [Fact]
    public void A_paper_title_behind_a_term_is_a_reading_list_entry_not_a_definition()
    {
        var parsed = Parser.Parse(ReadingList, "r.md");

        var cards = CardGenerator.Generate(parsed, "r", null, GenerationOptions.Default);
        var questions = QuestionGenerator.Generate(parsed, "r", null, 1);

        Assert.DoesNotContain(cards, c => c.Front.Contains("SAIL", StringComparison.Ordinal) || c.Back.Contains("Self-Play", StringComparison.Ordinal));
        // SAIL and SPIN may stand as wrong options beside DPO, but nothing asks what their titles describe.
        Assert.DoesNotContain(questions, q => q.Options.Count > 0 && q.CorrectIndexes.Any(i => q.Options[i] is "SAIL" or "SPIN" or "GSHF" or "KTO" || q.Options[i].Contains("Self-", StringComparison.Ordinal)));
        Assert.DoesNotContain(questions, q => q.Prompt.Contains("Self-Improving", StringComparison.Ordinal) || q.Prompt.Contains("Self-Play", StringComparison.Ordinal));
        Assert.True(SourceChecks.LinkAsDefinition(Card("TermDefinition", "What is SPIN?", "Self-Play Fine-Tuning Converts Weak Language Models to Strong Language Models.", "SPIN", section: Section(ReadingList))));
        Assert.True(SourceChecks.LinkAsDefinition(Card("TermDefinition", "What is KTO?", "Model Alignment as Prospect Theoretic Optimization.", "KTO", section: Section(ReadingList))));
        Assert.False(SourceChecks.LinkAsDefinition(Card("TermDefinition", "What is DPO?", "Direct preference optimisation, which trains…", "DPO", section: Section(ReadingList))));
    }

    [Theory]
    [InlineData("Amazon S3, Amazon RDS, Amazon Redshift, Amazon DynamoDB, Amazon DocumentDB.", true)]
    [InlineData("JSON, XML, and Avro", true)]
    [InlineData("Llama 2, Claude 3 etc.", true)]
    [InlineData("System and Organization Controls", false)]
    [InlineData("Identity and Access Management", false)]
    [InlineData("Structured, semi-structured, unstructured, and time series.", false)]
    [InlineData("Amazon S3", false)]
    [InlineData("A managed service that stores objects, such as Amazon S3 buckets, at any scale.", false)]
    public void A_list_of_names_is_what_a_term_covers_not_what_it_is(string back, bool names) =>
        Assert.Equal(names, AnswerChecks.IsNameList(back));

    [Fact]
    public void A_list_of_names_as_a_back_is_dropped() =>
        Assert.True(Fires("name-as-definition", Card("TermDefinition", "What is Data storage?", "Amazon S3, Amazon RDS, Amazon Redshift, Amazon DynamoDB.", "Data storage")));

    [Fact]
    public void A_long_title_with_a_colon_names_its_topic_before_it()
    {
        Assert.Equal("Bedrock Knowledge Base", SubjectContext.Nearest(Section(path: ["Generative AI on AWS", "Bedrock Knowledge Base: Retrieval-Augemented Generation(RAG)"]), "encoding service"));
        // Unless what comes before the colon is the start of a sentence, not a name.
        Assert.Null(SubjectContext.Nearest(Section(path: ["Tuning Your Machine Learning Model: How SageMaker Tunes Hyperparameters"]), "Grid Search"));
    }

    [Fact]
    public void Benefit_is_a_label() => Assert.True(SubjectChecks.IsLabel("Benefit"));

    [Theory]
    [InlineData("lambda-based", true)]
    [InlineData("rule-driven", true)]
    [InlineData("Retrieval-augmented generation", false)]
    [InlineData("GPT-4", false)]
    public void An_adjective_left_without_its_noun_is_no_term(string term, bool fires) =>
        Assert.Equal(fires, Fires("incomplete-term", Card("TermDefinition", $"What is {term}?", "use a Lambda function where a custom chunking strategy is implemented", term)));
}

/// <summary>Checks from blind run 28: callout labels, roles listed under 作用, sentence heads cut at 主要, remarks and advice as backs.</summary>
public sealed class NineteenthReviewCheckTests
{
    [Theory]
    [InlineData("Protip", true)]
    [InlineData("核心贡献", true)]
    [InlineData("Vision Transformer", false)]
    public void A_callout_or_a_contribution_label_is_no_term(string text, bool label) =>
        Assert.Equal(label, SubjectChecks.IsLabel(text));

    [Theory]
    [InlineData("Pre-training 阶段主要", true)]
    [InlineData("Thinking 过程主要作用", true)]
    [InlineData("Class Token 的作用", true)]
    [InlineData("主成分分析", false)]
    [InlineData("预训练阶段", false)]
    public void A_sentence_head_cut_at_its_main_point_is_no_term(string term, bool fires) =>
        Assert.Equal(fires, Fires("incomplete-term", Card("TermDefinition", $"“{term}”指什么？", "通过大量互联网语料，构建一个能够记住大量知识的基础模型", term)));

    [Fact]
    public void Roles_listed_under_a_role_label_are_no_terms() =>
        Assert.True(Fires("attribute-as-term", Card("TermDefinition", "“聚合全局信息”指什么？（Class Token（分类标记） › 作用）", "Class Token 可以与所有 Patch Token 进行信息交互", "聚合全局信息", context: "Class Token（分类标记） › 作用")));

    [Theory]
    [InlineData("the difference is in the use of U-Net with ResNet architecture.", true)]
    [InlineData("Remember that all AWS regions have at least 3 availability zones (AZs).", true)]
    [InlineData("A physically separate group of data centres within an AWS Region.", false)]
    [InlineData("注意：每个区域至少有三个可用区", true)]
    [InlineData("注意力机制的一种特殊形式，它的 Query、Key、Value 都来自同一输入序列", false)]
    public void A_remark_or_advice_about_a_term_is_not_what_it_is(string back, bool fires) =>
        Assert.Equal(fires, Fires("finding-back", Card("TermDefinition", "What are Availability Zones?", back, "Availability Zones")));

    [Theory]
    [InlineData("Output format", "What you want the output to be formatted (e.g. “Give me a response in less than 50 words.”)", true)]
    [InlineData("Instructions", "What you want the FM to do", false)]
    public void A_what_you_want_frame_around_the_terms_own_words_restates_it(string term, string back, bool fires) =>
        Assert.Equal(fires, Fires("trivial-back", Card("TermDefinition", $"What is {term}?", back, term)));
}

/// <summary>Checks from blind run 29: example prompts in code, sentence heads cut at 包括, labels run into headings, question and cut-off backs.</summary>
public sealed class TwentiethReviewCheckTests
{
    private static readonly NoteParser Parser = new();

    [Fact]
    public void A_question_inside_a_code_block_is_an_example_prompt_not_a_practice_question()
    {
        var parsed = Parser.Parse("""
            # Prompting

            ## Basic

            two types of large language models
            1. Base LLM
               - predicts next word, based on text training data
               ```python
               # What is the capital of France?
               What is the currency of France?
               ```
            2. Instruction Tuned LLM
               - tries to follow instructions
               ```
               RLHF
               ```
            """, "p.md");

        Assert.DoesNotContain(CardGenerator.Generate(parsed, "p", null, GenerationOptions.Unchecked), c => c.Front.Contains("France", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("神经网络的基本结构包括", "incomplete-term", true)]
    [InlineData("决策树的优缺点 优点", "label-as-term", true)]
    [InlineData("常见激活函数", "label-as-term", true)]
    [InlineData("策略", "label-as-term", true)]
    [InlineData("激活函数", "label-as-term", false)]
    [InlineData("卷积神经网络", "incomplete-term", false)]
    public void Sentence_heads_and_list_labels_are_no_terms(string term, string check, bool fires) =>
        Assert.Equal(fires, Fires(check, Card("TermDefinition", $"“{term}”指什么？", "输入层、隐藏层和输出层，每层由若干神经元组成", term)));

    [Theory]
    [InlineData("Is the model confident about its predictions?", "question-back", true)]
    [InlineData("模型对预测有多大把握？", "question-back", true)]
    [InlineData("The exponentiated average negative log-likelihood of a sequence.", "question-back", false)]
    [InlineData("具有独立思考的", "cut-off-back", true)]
    [InlineData("一种能自主规划并调用工具完成任务的智能体", "cut-off-back", false)]
    public void A_question_or_a_phrase_cut_at_的_is_no_back(string back, string check, bool fires) =>
        Assert.Equal(fires, Fires(check, Card("TermDefinition", "What is Perplexity?", back, "Perplexity")));
}
