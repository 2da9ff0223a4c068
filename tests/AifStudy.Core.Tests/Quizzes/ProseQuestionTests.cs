using static AifStudy.Core.Tests.Quizzes.ProseNotes;

namespace AifStudy.Core.Tests.Quizzes;

/// <summary>Questions from lecture prose as a whole: what gives none, and keys that last.</summary>
public sealed class ProseQuestionTests
{
    [Fact]
    public void Placeholder_sections_give_no_prose_questions()
    {
        const string Note = """
            # 笔记

            ## 课

            略

            ## 演练问题

            TODO
            """;

        Assert.Empty(Quizzes.Of(Note));
    }

    [Fact]
    public void Prose_question_keys_survive_reseeding_and_rewording_elsewhere()
    {
        var first = Quizzes.Of(Definitions + Lists.Replace("# 评估", "## 评估", StringComparison.Ordinal), 1).Select(q => q.Key).ToHashSet();
        var reseeded = Quizzes.Of(Definitions + Lists.Replace("# 评估", "## 评估", StringComparison.Ordinal), 9).Select(q => q.Key).ToHashSet();
        var reworded = Quizzes.Of(
            Definitions.Replace("在上下文窗口内提供示例", "在上下文窗口里给出示例", StringComparison.Ordinal) + Lists.Replace("# 评估", "## 评估", StringComparison.Ordinal), 1)
            .Select(q => q.Key).ToHashSet();

        Assert.Equal(first, reseeded);
        Assert.Equal(first, reworded);
        Assert.True(first.Count > 20);
    }
}
