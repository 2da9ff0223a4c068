using AifStudy.Core.Quizzes;

namespace AifStudy.Web.Tests.Components.Quizzes;

/// <summary>Hand-written questions of every kind, shaped as the generator writes them.</summary>
internal static class SampleQuestions
{
    public static QuizQuestion MultipleChoice { get; } = Make(QuestionKind.MultipleChoice, "下列哪一项是对「预训练」的描述？",
        ["处理需要行业知识的任务", "从大量数据集中捕获数据", "产生更符合人类偏好的模型", "自动生成财务报告"], [1]);

    public static QuizQuestion TrueFalse { get; } = Make(QuestionKind.TrueFalse, "判断正误：「RLHF」指的是：从大量数据集中捕获数据", ["正确", "错误"], [1]);

    public static QuizQuestion MultipleResponse { get; } = Make(QuestionKind.MultipleResponse, "下列哪些属于「大语言模型部署方式」？（选择两项）",
        ["可视化界面", "OpenAI", "超参数调整", "命令行界面", "大规模训练"], [0, 3]);

    public static QuizQuestion Ordering { get; } = Make(QuestionKind.Ordering, "将「生命周期」的步骤按正确顺序排列。",
        ["Pre-training", "Deployment", "Data selection"], [2, 0, 1]);

    public static QuizQuestion Matching { get; } = Make(QuestionKind.Matching, "将每个术语与其描述配对。",
        ["人类反馈", "大量数据", "行业知识"], [1, 0, 2]) with { Items = ["预训练", "RLHF", "微调"] };

    public static QuizQuestion Cloze { get; } = Make(QuestionKind.Cloze, "______ 是一种基于自注意力的架构。", [], []) with
    {
        AcceptedAnswers = ["Transformer"],
    };

    private static QuizQuestion Make(QuestionKind kind, string prompt, IReadOnlyList<string> options, IReadOnlyList<int> correct) => new()
    {
        Key = $"{(int)kind:D16}",
        Kind = kind,
        Domain = 2,
        NoteSlug = "foundation-model-basics",
        SectionAnchor = "训练-微调和提示调整",
        Prompt = prompt,
        Options = options,
        CorrectIndexes = correct,
        Explanation = "预训练：FM 从大量数据集中捕获数据",
    };
}
