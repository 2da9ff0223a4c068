using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>
/// Checks from blind run 66: a Chinese name's character that only the right option repeats, topics to study, tips, a
/// metric run into its field, labelled entries run together; and the AWS service reader that corpus 66 asked for.
/// </summary>
public sealed class FiftyThirdReviewCheckTests
{
    [Theory]
    [InlineData("链式索引", new[] { "树索引", "列表索引" }, true)]
    [InlineData("链式索引", new[] { "链表索引", "树索引" }, false)]
    [InlineData("向量数据库", new[] { "推理参数", "向量嵌入" }, false)]
    public void A_character_of_the_name_only_the_description_says_gives_it_away(string answer, string[] others, bool dropped) =>
        Assert.Equal(dropped, Fires("giveaway-shared-words", Choice("以下描述对应哪个术语？「通过链表的结构，按顺序遍历每个节点并生成回答」", answer, others, answerIsTerm: true)));

    [Theory]
    [InlineData(new[] { "先检索外部知识再生成回答", "在特定任务上继续训练模型" }, true)]
    [InlineData(new[] { "私有部署的模型只在内部运行", "在特定任务上继续训练模型" }, false)]
    public void A_character_of_the_term_only_the_right_description_repeats_gives_it_away(string[] others, bool dropped) =>
        Assert.Equal(dropped, Fires("giveaway-shared-words", Choice("下列哪一项是对「私有数据」的描述？", "企业私域中不对外公开的业务文档", others, term: "私有数据")));

    [Theory]
    [InlineData("🎯 Key Exam Topics", true)]
    [InlineData("Practical Tips", true)]
    [InlineData("Self-attention", false)]
    public void Topics_to_study_and_tips_are_not_definitions(string title, bool dropped) =>
        Assert.Equal(dropped, Fires("attribute-as-term", Card("TermDefinition", "What is Masked self-attention?", "what it does and which models use it (GPT)", "Masked self-attention",
            context: null, section: Section("- Masked self-attention: what it does and which models use it (GPT)", "Generative AI Model Fundamentals", title), script: ItemScript.English)));

    [Theory]
    [InlineData("R-square 範圍", true)]
    [InlineData("MAE 公式", true)]
    [InlineData("R-square", false)]
    public void A_metric_run_into_its_field_is_a_label(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"“{term}”指什麼？", "0 到 1，越接近 1 解釋能力越強", term, script: ItemScript.Traditional)));

    [Theory]
    [InlineData("Character: 基于字符数拆分； Recursive Character: 按不同的字符递归分割； tokens: 按 token 数拆分", true)]
    [InlineData("基于字符数拆分；按不同的字符递归分割", false)]
    public void Labelled_entries_run_together_are_a_list_to_recall(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("lecture-back", Card("TermDefinition", "“文档切分方式”指什么？", back, "文档切分方式")));

    private const string Services = """
        # AWS AI services

        #### Amazon Transcribe
        - Automatically convert speech to text
        - Supports Automatic Language Identification

        #### Amazon Polly
        - Turn text into lifelike speech using deep learning

        #### Translate
        - Natural and accurate language translation

        #### Amazon Comprehend
        - Its for NLP and fully managed

        #### Architecture
        - Store the files in Amazon S3 first
        """;

    [Fact]
    public void A_service_sections_first_item_says_what_it_does()
    {
        var definitions = new NoteParser().Parse(Services, "aws.md").Sections.SelectMany(s => s.Definitions).ToList();

        Assert.Equal(["Amazon Transcribe", "Amazon Polly", "Translate"], definitions.Select(d => d.Term));
        Assert.Equal("Automatically convert speech to text", definitions[0].Definition);
    }

    [Fact]
    public void A_service_gives_a_card_that_asks_for_it() =>
        Assert.Contains(CardGenerator.Generate(new NoteParser().Parse(Services, "aws.md"), "aws"), c => c.Front.StartsWith("What is Amazon Polly?", StringComparison.Ordinal));
}

/// <summary>Checks from blind run 67: a back that points and gives an effect, a lead-in as a term, a list under a sentence that introduces limitations.</summary>
public sealed class FiftyFourthReviewCheckTests
{
    [Theory]
    [InlineData("This reduces overfitting. However if a model is underfitting, it's possible that it's too simple.", true)]
    [InlineData("These help the model generalise.", true)]
    [InlineData("This technique penalises extreme weight values.", false)]
    [InlineData("Penalises extreme weight values, which reduces overfitting.", false)]
    public void A_back_that_points_at_its_term_and_gives_an_effect_does_not_say_what_it_is(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("effect-back", Card("TermDefinition", "What are Simpler models?", back, "Simpler models", script: ItemScript.English)));

    [Theory]
    [InlineData("迁移学习的总体思路可以概括为", true)]
    [InlineData("迁移学习的核心可以总结为", true)]
    [InlineData("迁移学习", false)]
    public void A_lead_in_is_not_a_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("incomplete-term", Card("TermDefinition", $"“{term}”指什么？", "开发算法来最大限度地利用有标注的领域的知识。", term)));

    private const string Limitations = """
        RAG comes to solve llm limitations.
        LLMs are powerful but come with inherent limitations:
        * Limited knowledge: LLMs can only generate responses based on their training data.
        * Generic responses: Without access to external sources, LLMs may provide vague answers.
        """;

    [Fact]
    public void Entries_under_a_sentence_that_introduces_limitations_are_claims() =>
        Assert.True(Fires("attribute-as-term", Card("TermDefinition", "What are Generic responses?", "Without access to external sources, LLMs may provide vague answers.", "Generic responses",
            context: null, section: Section(Limitations, "RAG", "What is RAG?"), script: ItemScript.English)));

    [Fact]
    public void Entries_under_a_sentence_that_introduces_kinds_are_terms() =>
        Assert.False(Fires("attribute-as-term", Card("TermDefinition", "What is Limited knowledge?", "LLMs can only generate responses based on their training data.", "Limited knowledge",
            context: null, section: Section(Limitations.Replace("come with inherent limitations:", "come in two kinds:", StringComparison.Ordinal), "RAG", "What is RAG?"), script: ItemScript.English)));
}

/// <summary>Checks from blind run 68: a title that names parts without their whole, practice projects, an exam rule.</summary>
public sealed class FiftyFifthReviewCheckTests
{
    [Fact]
    public void A_title_that_names_parts_without_their_whole_is_shown_with_the_title_above_it()
    {
        var note = new NoteParser().Parse("""
            # Prompt Engineering深度解析
            ## 2. 提示工程方法论
            ### 2.1 提示结构设计
            #### 2.1.1 基本结构组成
            - **指令（Instruction）**：明确告诉模型需要执行什么任务
            - **上下文（Context）**：提供任务相关的背景信息
            """, "p.md");

        Assert.Equal("提示结构设计 › 基本结构组成", SubjectContext.Nearest(note.Sections[^1], "指令（Instruction）"));
    }

    [Theory]
    [InlineData("实践案例", true)]
    [InlineData("實戰案例", true)]
    [InlineData("提示结构设计", false)]
    public void Practice_projects_are_use_cases(string title, bool dropped) =>
        Assert.Equal(dropped, Fires("use-case-restated", Card("TermDefinition", "“代码生成器”指什么？", "根据描述生成前端组件代码", "代码生成器",
            section: Section("- **代码生成器**：根据描述生成前端组件代码", "Prompt Engineering深度解析", title))));

    [Theory]
    [InlineData("Exam rule")]
    [InlineData("Exam note")]
    public void An_exam_rule_is_a_label(string term) =>
        Assert.True(Fires("label-as-term", Card("TermDefinition", $"What is {term}?", "Prefer IAM roles over hardcoded access keys.", term, script: ItemScript.English)));
}
