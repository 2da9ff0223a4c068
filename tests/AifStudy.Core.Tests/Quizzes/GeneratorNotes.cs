namespace AifStudy.Core.Tests.Quizzes;

/// <summary>Notes of terms and of nested lists the question generator tests share, and the entries of those lists.</summary>
internal static class GeneratorNotes
{
    /// <summary>One section of four terms, each with its definition.</summary>
    public const string Terms = """
        # 模型

        ## 神经网络层

        - 嵌入层：将输入文本转换为称为嵌入的向量表示
        - 前馈层：将嵌入转换为其更高权重的版本
        - 注意力机制：关注输入文本中最相关的部分
        - 输出层：根据具体任务把表示转换为最终的预测结果
        """;

    /// <summary>A list of models and a list of tasks, nested in one list.</summary>
    public const string Lists = """
        # 基础模型

        ## 示例

        - FM 的示例：
          - Amazon Titan
          - Meta Llama 2
          - Anthropic Claude
          - AI21 Labs Jurassic-2 Ultra
          - Stable Diffusion
        - 常规任务：
          - 文本生成
          - 文本总结
          - 信息提取
          - 图像生成
        """;

    /// <summary>The entries of the models list in <see cref="Lists"/>.</summary>
    public static readonly string[] Models = ["Amazon Titan", "Meta Llama 2", "Anthropic Claude", "AI21 Labs Jurassic-2 Ultra", "Stable Diffusion"];

    /// <summary>The entries of the tasks list in <see cref="Lists"/>.</summary>
    public static readonly string[] Tasks = ["文本生成", "文本总结", "信息提取", "图像生成"];
}
