using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using AifStudy.Core.Quizzes;
using AifStudy.Core.Quizzes.Prose;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>
/// The rules and checks added after run 15 (docs/quality.md), each with the items from that review it drops and near
/// ones it keeps: glosses opening a prose definition, praise lists and sections about the lesson, the one character a
/// quality is named by, traits given as definitions, practice keys that nothing proves.
/// </summary>
public sealed class EighthReviewCheckTests
{
    private static readonly NoteParser Parser = new();

    [Theory]
    [InlineData("Latency 是延迟，可能指首 Token 延迟，也可能指完整请求耗时。", "Latency", "延迟", "可能指首 Token 延迟，也可能指完整请求耗时")]
    [InlineData("TTFT 是 Time To First Token，从请求发出到收到首个 Token 的时间。", "TTFT", "Time To First Token", "从请求发出到收到首个 Token 的时间")]
    [InlineData("Workflow 是工作流，通常由预先定义的路径组织步骤。", "Workflow", "工作流", "通常由预先定义的路径组织步骤")]
    [InlineData("Reranker 是重排序模型，在初步检索后重新判断候选与问题的相关性。", "Reranker", "重排序模型", "在初步检索后重新判断候选与问题的相关性")]
    public void A_gloss_before_the_definition_is_a_name_not_part_of_the_description(string sentence, string term, string gloss, string definition)
    {
        var d = ProseDefinition.From(sentence, null, Section(sentence, term), sentence);

        Assert.NotNull(d);
        Assert.Equal(term, d.Term);
        Assert.Equal([gloss], d.Glosses);
        Assert.Equal(definition, d.Definition);
        Assert.StartsWith(gloss + "，", d.Back, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_glosses_and_the_pronoun_after_them_are_all_taken_off()
    {
        const string sentence = "MoE 是 Mixture of Experts，混合专家，它通过路由让每个 Token 使用部分专家模块。";

        var d = ProseDefinition.From(sentence, null, Section(sentence, "MoE"), sentence);

        Assert.NotNull(d);
        Assert.Equal(["Mixture of Experts", "混合专家"], d.Glosses);
        Assert.Equal("通过路由让每个 Token 使用部分专家模块", d.Definition);
    }

    [Fact]
    public void A_second_name_that_opens_the_description_is_a_gloss_too()
    {
        const string sentence = "Chunk 是文档片段，切片是把长资料拆成便于检索与放入上下文的小段。";

        var d = ProseDefinition.From(sentence, null, Section(sentence, "Chunk"), sentence);

        Assert.NotNull(d);
        Assert.Equal(["文档片段", "切片"], d.Glosses);
        Assert.Equal("把长资料拆成便于检索与放入上下文的小段", d.Definition);
    }

    [Theory]
    [InlineData("推理是利用模型对新数据进行处理，以进行预测的过程。", "推理")]
    [InlineData("SageMaker 是 AWS 的托管服务，用于构建、训练和部署模型。", "SageMaker")]
    [InlineData("RAG 是一种技术，在生成前先检索相关文档作为上下文。", "RAG")]
    public void A_description_that_opens_with_a_clause_keeps_it(string sentence, string term)
    {
        var d = ProseDefinition.From(sentence, null, Section(sentence, term), sentence);

        Assert.NotNull(d);
        Assert.Empty(d.Glosses);
    }

    [Fact]
    public void A_glossed_sentence_gives_no_typed_cloze_and_its_options_do_not_open_with_translations()
    {
        const string note = """
            # 速度与限制

            ## TTFT、延迟与流式输出

            TTFT 是 Time To First Token，从请求发出到收到首个 Token 的时间。排队、处理长输入都可能增加等待。

            Latency 是延迟，可能指首 Token 延迟，也可能指完整请求耗时。只写“延迟 2 秒”而不说明口径，信息是不完整的。

            Streaming 是流式输出，允许客户端逐步收到内容。它能让人更早开始阅读，但本身不保证计算更快。
            """;

        var questions = QuestionGenerator.Generate(Parser.Parse(note, "speed.md"), "speed", null, 3, null, GenerationOptions.All);

        Assert.DoesNotContain(questions, q => q.Kind == QuestionKind.Cloze);
        var choice = Assert.Single(questions, q => q.Kind == QuestionKind.MultipleChoice && q.Subject == "term:TTFT");
        Assert.Contains("从请求发出到收到首个 Token 的时间", choice.Options);
        Assert.DoesNotContain(choice.Options, o => o.StartsWith("延迟", StringComparison.Ordinal) || o.StartsWith("Time To", StringComparison.Ordinal) || o.StartsWith("流式输出", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("洞察深刻")]
    [InlineData("实用性高")]
    [InlineData("逻辑清晰")]
    [InlineData("故事性強")]
    public void Praise_is_not_a_term(string label) =>
        Assert.True(Fires("attribute-as-term", Card("TermDefinition", $"“{label}”指什么？", "提供了对提示词工程本质的独特见解", label)));

    [Theory]
    [InlineData("可控性")]
    [InlineData("数据增强")]
    [InlineData("可解释性")]
    [InlineData("思维链")]
    public void A_quality_noun_or_a_technique_is_a_term(string label) =>
        Assert.False(Fires("attribute-as-term", Card("TermDefinition", $"“{label}”指什么？", "在训练时对样本做变换以扩充数据集", label)));

    [Fact]
    public void Options_that_praise_a_lecture_are_labels_too() =>
        Assert.True(Fires("attribute-as-term", Choice("以下描述对应哪个术语？「学完即可应用于日常与AI的交互中」", "实用性高", ["洞察深刻", "逻辑清晰", "故事性强"], "实用性高", answerIsTerm: true)));

    [Fact]
    public void What_a_section_about_the_lesson_lists_are_its_merits()
    {
        var section = Section("1. **故事性强**：李教授将复杂概念编织成引人入胜的故事", "Prompt Engineering", "为什么这节课如此特别？");
        var ordinary = Section("1. **零样本提示**：不给示例，直接让模型完成任务", "Prompt Engineering", "提示技术");

        Assert.True(Fires("course-narration", Card("TermDefinition", "“故事性强”指什么？", "李教授将复杂概念编织成引人入胜的故事", "故事性强", section: section)));
        Assert.False(Fires("course-narration", Card("TermDefinition", "“零样本提示”指什么？", "不给示例，直接让模型完成任务", "零样本提示", section: ordinary)));
    }

    [Fact]
    public void The_one_character_a_quality_is_named_by_gives_it_away()
    {
        Assert.True(Fires("giveaway-shared-words", Choice("以下描述对应「技术挑战」中的哪个术语？「难以精确控制输出内容」", "可控性", ["幻觉问题", "可解释性", "推理能力"], "可控性", answerIsTerm: true)));
        Assert.True(Fires("giveaway-shared-words", Choice("下列哪一项是对「可控性」的描述？", "难以精确控制输出内容", ["生成虚假或错误信息", "复杂逻辑推理仍有不足"], "可控性")));

        // Another option holds the character too, or the description does not.
        Assert.False(Fires("giveaway-shared-words", Choice("以下描述对应哪个术语？「难以精确控制输出内容」", "可控性", ["幻觉问题", "控制变量", "推理能力"], "可控性", answerIsTerm: true)));
        Assert.False(Fires("giveaway-shared-words", Choice("以下描述对应哪个术语？「黑盒模型难以说明决策过程」", "可解释性", ["幻觉问题", "可控性", "推理能力"], "可解释性", answerIsTerm: true)));
    }

    [Fact]
    public void A_trait_is_not_what_a_thing_is()
    {
        Assert.True(Fires("benefit-as-definition", Card("TermDefinition", "“Claude（Anthropic）”指什么？", "注重安全和可控性", "Claude")));
        Assert.True(Fires("benefit-as-definition", Card("TermDefinition", "“通义千问”指什么？", "擅长中文理解", "通义千问")));
        Assert.False(Fires("benefit-as-definition", Card("TermDefinition", "“通义千问”指什么？", "阿里推出的中文效果优秀的大模型", "通义千问")));
        Assert.False(Fires("benefit-as-definition", Card("TermDefinition", "“Claude”指什么？", "注重安全的 Anthropic 公司推出的大语言模型系列，擅长长文档理解和写作", "Claude")));
    }

    [Fact]
    public void A_practice_question_explained_only_by_its_letter_is_unproven()
    {
        var unproven = Choice("Which service provides chatbot building?", "Lex", ["Polly", "Connect", "Transcribe"]) with
        {
            Subject = PracticeQuestions.SubjectPrefix + "which service provides chatbot building",
            Explanation = "B. Lex",
        };

        Assert.True(Fires("unproven-answer", unproven));
        Assert.False(Fires("unproven-answer", unproven with { Explanation = "Which service to build a chatbot → Lex." }));
        Assert.False(Fires("unproven-answer", unproven with { Subject = "term:Lex" }));
    }
}
