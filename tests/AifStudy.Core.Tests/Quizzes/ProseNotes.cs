namespace AifStudy.Core.Tests.Quizzes;

/// <summary>Lecture prose the prose-question tests share.</summary>
internal static class ProseNotes
{
    /// <summary>Two lessons of definitions written as sentences.</summary>
    public const string Definitions = """
        # 领域 3：基础模型的应用

        ## 第1课

        推理是指利用模型对新数据进行处理以进行预测的过程。推理参数是一组可以调整以限制或影响模型响应的值。

        再来看个问题，什么是提示词注入？它是指提示词操纵攻击。

        在上下文窗口内提供示例称为"上下文学习"。

        ## 第2课

        微调是一个扩展模型训练的过程，旨在针对特定任务改善补全内容生成。参数高效微调 (PEFT) 是一个过程和一组技术，用于冻结原始 LLM 的参数和权重。低秩自适应 (LoRA) 是一种流行的 PEFT 技术，它可以冻结基础模型的原始权重并创建新的低秩矩阵。

        什么是向量？向量是一个有序的数字列表，表示某些实体或概念的特征或属性。
        """;

    /// <summary>Lists written inside sentences: metrics, benchmarks and frameworks.</summary>
    public const string Lists = """
        # 评估

        ## 指标

        您可以使用标准指标来评估和比较不同的模型。此类指标可能包括准确率、查准率、查全率和 F1 分数。

        ## 基准

        要评估 LLM，您可以使用研究人员建立的现有基准。示例包括：通用语言理解评估 (GLUE)、整体语言模型评估 (HELM)、大规模多任务语言理解 (MMLU) 以及超越模仿游戏基准 (BIG-Bench)。

        ## 数据准备

        如果您的数据准备需要扩展，则可以使用开源框架，例如 Apache Spark、Apache Hive 或 Presto。
        """;
}
