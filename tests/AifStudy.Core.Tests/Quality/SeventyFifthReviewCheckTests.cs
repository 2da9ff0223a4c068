using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>Run 85's causes: a use-case column, symbols as a back, a bare adjective, "Both when…", a quoted question, a name with a remark.</summary>
public sealed class SeventyFifthReviewCheckTests
{
    [Fact]
    public void A_use_case_column_is_no_definition()
    {
        var note = new NoteParser().Parse("## Amazon Lookout\n\n| Service | Use Case |\n|---|---|\n| **Lookout for Metrics** | Business metrics, ad campaigns |\n| **Lookout for Vision** | Quality inspection |\n\n## Glossary\n\n| Term | Description |\n|---|---|\n| Recall | Share of actual positives the model finds |\n", "n.md");
        Assert.Equal(["Recall"], note.Sections.SelectMany(s => s.Definitions).Select(d => d.Term));
    }

    [Theory]
    [InlineData("y_w 和 y_l", true)]
    [InlineData("x 与 y", true)]
    [InlineData("偏好数据中被选中的回答 y_w 和被拒绝的回答 y_l", false)]
    public void Symbols_alone_are_no_back(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("formula-back", Card("TermDefinition", "“正负样本”指什么？", back, "正负样本", context: "DPO")));

    [Theory]
    [InlineData("Custom", true)]
    [InlineData("Built-in", true)]
    [InlineData("Custom plugins", false)]
    public void A_bare_adjective_is_a_label(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"What is {term}?", "Connect to any third-party app using APIs", term, context: "Amazon Q Business", script: ItemScript.English)));

    [Theory]
    [InlineData("Both when stored (at rest) and while moving (in transit).", true)]
    [InlineData("Scrambling data so only key holders can read it, at rest and in transit.", false)]
    public void Both_when_is_no_definition(string back, bool dropped)
    {
        Assert.Equal(dropped, Fires("fragment-back", Card("TermDefinition", "What is Encryption?", back, "Encryption", context: "Security in OCI", script: ItemScript.English)));
        Assert.Equal(dropped, Fires("fragment-option", Choice($"Which term (Security in OCI) does this describe: \"{back}\"?", "Encryption",
            ["Access control", "Data isolation", "Auditing"], "Encryption", answerIsTerm: true, script: ItemScript.English)));
    }

    [Theory]
    [InlineData("“Who is the boss of Google?”", true)]
    [InlineData("The user's question, embedded and compared with stored vectors", false)]
    public void A_quoted_question_is_no_back(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("question-back", Card("TermDefinition", "What is Query?", back, "Query", context: "Oracle 23ai Vector Database", script: ItemScript.English)));

    [Theory]
    [InlineData("IAM Identity Center (required)", true)]
    [InlineData("Users sign in through IAM Identity Center before they can ask questions", false)]
    public void A_name_with_a_remark_is_still_a_name(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("name-back", Card("TermDefinition", "What is Authentication?", back, "Authentication", context: "Amazon Q Business", script: ItemScript.English)));

    [Theory]
    [InlineData("实际应用场景下，频繁遇到的问题", true)]
    [InlineData("训练数据或输入中与任务无关的干扰信号", false)]
    public void A_problem_one_meets_is_no_definition(string back, bool dropped) =>
        Assert.Equal(dropped, AnswerChecks.IsClassificationOnly(back));
}

/// <summary>A fourth development review of 240 never-judged items of corpora 37–84 (not a measured run).</summary>
public sealed class SeventySixthReviewCheckTests
{
    [Theory]
    [InlineData("Two variants", true)]
    [InlineData("Design", true)]
    [InlineData("Debugging", true)]
    [InlineData("應用級別", true)]
    [InlineData("Design patterns", false)]
    [InlineData("Variational autoencoder", false)]
    public void Stages_counts_and_levels_are_labels(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"What is {term}?", "defining ethical goals and constraints", term, context: "Responsible AI", script: ItemScript.English)));

    [Theory]
    [InlineData("，透過從過往的資料和經驗中學習並找到其運行的規則", true)]
    [InlineData("透過從過往的資料和經驗中學習並找到其運行的規則", false)]
    public void A_back_that_opens_on_a_comma_was_cut(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("dangling-comma", Card("TermDefinition", "“機器學習”指什麼？", back, "機器學習", context: null, script: ItemScript.Traditional)));

    [Theory]
    [InlineData("則是負責維護被分配的一部分參數。", true)]
    [InlineData("負責維護被分配的一部分參數的節點。", false)]
    public void A_back_that_opens_as_the_other_half_is_an_aside(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("aside-back", Card("TermDefinition", "“server node”指什麼？", back, "server node", context: "Parameter Server", script: ItemScript.Traditional)));

    [Theory]
    [InlineData("訓練不穩定", true)]
    [InlineData("内存不足", true)]
    [InlineData("稳定扩散", false)]
    public void A_state_is_no_chinese_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("claim-as-term", Card("TermDefinition", $"“{term}”指什么？", "强化学习训练较难调整", term, context: "RLHF 的挑战")));
}

/// <summary>Run 86's causes: a task's name said again, labels and adverbs as terms, a bracketed list number.</summary>
public sealed class SeventySeventhReviewCheckTests
{
    [Theory]
    [InlineData("机器翻译", "将一种语言的文本自动翻译成另一种语言", true)]
    [InlineData("文本摘要", "从原文中提取或生成简洁的摘要", true)]
    [InlineData("监督学习", "从标记数据（输入-输出对）中学习", false)]
    [InlineData("文本摘要", "一种把长文压缩成保留要点的短文本的生成任务，分抽取式和生成式摘要", false)]
    [InlineData("上下文学习", "在上下文窗口内提供示例", false)]
    public void A_task_named_again_is_trivial(string term, string back, bool dropped) =>
        Assert.Equal(dropped, Fires("trivial-back", Card("TermDefinition", $"“{term}”指什么？", back, term, context: "自然语言处理")));

    [Theory]
    [InlineData("Analogy", true)]
    [InlineData("Internally", true)]
    [InlineData("Tool", true)]
    [InlineData("Tool use", false)]
    [InlineData("Family", false)]
    public void Labels_and_adverbs_are_no_terms(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"What is {term}?", "Google's AI overview = hybrid RAG", term, context: "Hybrid RAG", script: ItemScript.English)));

    [Fact]
    public void A_bracketed_list_number_is_no_part_of_a_title() =>
        Assert.Equal("文本摘要（Text Summarization）", AifStudy.Core.Flashcards.CardText.StripNumber("（2）文本摘要（Text Summarization）"));
}
