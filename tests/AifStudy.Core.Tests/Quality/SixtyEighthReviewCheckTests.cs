using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>
/// Run 81's causes (problems and their fixes, quoted option values, claims and long phrases as terms, a field that
/// defines another term than its title, "Equation" as a term) and English definitions written as sentences.
/// </summary>
public sealed class SixtyEighthReviewCheckTests
{
    [Theory]
    [InlineData("常见问题与解决方案", true)]
    [InlineData("Troubleshooting", true)]
    [InlineData("Common pitfalls", true)]
    [InlineData("关键超参数", false)]
    public void An_entry_of_a_list_of_problems_and_fixes_is_no_definition(string title, bool dropped) =>
        Assert.Equal(dropped, Fires("problem-fix", Card("TermDefinition", "“过拟合”指什么？", "提高 Dropout，降低秩值，或早停。", "过拟合", context: title,
            section: Section("1. **过拟合**：提高 Dropout，降低秩值，或早停。\n2. **欠拟合**：增加秩值或目标模块。", "LoRA 实践", title), script: ItemScript.Simplified)));

    [Theory]
    [InlineData("\"all\"", true)]
    [InlineData("Equation", true)]
    [InlineData("能与外部数据有效集成", true)]
    [InlineData("表现效果因多方面因素而异", true)]
    [InlineData("带深度限制的 Leaf-wise 的叶子生长策略", true)]
    [InlineData("\"top k\"", false)]
    [InlineData("可解释性", false)]
    [InlineData("能力评估", false)]
    [InlineData("基于人类反馈的强化学习", false)]
    public void Option_values_claims_and_long_phrases_are_no_terms(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"“{term}”指什么？", "训练所有偏置并增加可训练的参数", term, context: "偏置", script: ItemScript.Simplified)));

    [Fact]
    public void A_definition_field_that_names_another_term_defines_that_term()
    {
        const string Markdown = "# Lecture 6\n\n## n-gram Language Models\n\nQuestion: How to learn a Language Model?\n\nAnswer: learn a **n-gram Language Model**\n\n"
            + "Definition: A **n-gram** is a chunk of *n* consecutive words.\n\nIdea: Collect statistics about how frequent different n-grams are.\n\n"
            + "Equation: P(w|\"some phrase\") = count(\"some phrase\" w)/count(\"some phrase\")\n";
        var definitions = new NoteParser().Parse(Markdown, "lm.md").Sections.SelectMany(s => s.Definitions).ToList();
        Assert.Contains(definitions, d => d.Term == "n-gram" && d.Definition.StartsWith("a chunk of", StringComparison.Ordinal));
        Assert.DoesNotContain(definitions, d => d.Term == "n-gram Language Models");
    }

    private const string Lecture = """
        # Language Models

        ## Language Modeling

        Language Modeling is the task of predicting what word comes next.

        A language model is a system that assigns a probability to a piece of text. It is a lot of fun to build a language model.

        ## Recurrent networks

        - An RNN is a neural network that applies the same weights at every time step.
        - This is a nice property of the RNN.
        - Drift is a natural part of production ML systems.
        - We are a team that studies models every week.
        """;

    [Fact]
    public void English_sentences_that_name_a_kind_define_their_subject()
    {
        var fronts = CardGenerator.Generate(new NoteParser().Parse(Lecture, "lm.md"), "lm").Where(c => c.Kind == CardKind.TermDefinition)
            .ToDictionary(c => c.Front, c => c.Back);
        Assert.Contains(fronts, f => f.Key.StartsWith("What is Language Modeling?", StringComparison.Ordinal) && f.Value.StartsWith("the task of predicting", StringComparison.Ordinal));
        Assert.Contains(fronts, f => f.Key.StartsWith("What is RNN?", StringComparison.Ordinal) && f.Value.StartsWith("a neural network that applies", StringComparison.Ordinal));
        Assert.DoesNotContain(fronts, f => f.Key.Contains("Drift", StringComparison.Ordinal) || f.Key.Contains("team", StringComparison.OrdinalIgnoreCase)
            || f.Value.StartsWith("a lot", StringComparison.Ordinal) || f.Value.StartsWith("a nice", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("an extension of the prompt injection techniques described previously", true)]
    [InlineData("an injection hidden in content the model reads, such as a web page", false)]
    public void A_definition_that_points_back_at_earlier_text_dangles(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("dangling-reference", Card("TermDefinition", "What is Indirect injection?", back, "Indirect injection", context: "Prompt hacking", script: ItemScript.English)));
}
