namespace AifStudy.Core.Quizzes.Prose;

/// <summary>
/// What kind of thing a list in a sentence names, read from the noun it exemplifies (<c>此类指标可能包括…</c> lists
/// metrics, <c>可以使用开源框架，例如…</c> tools). Wrong options come only from lists of the same kind, so a metric is never
/// offered next to a service. A list of no known kind is not asked about. Tasks, use cases and concepts are left out on
/// purpose: lists of them overlap in other words ("图像分类" and "对图像进行分类", "客户服务" and "客服座席"), so an entry of
/// one list offered as wrong for another would often be right.
/// </summary>
internal static class ProseListKind
{
    // Head nouns by kind, most specific first; a label is matched from its end (the head of a Chinese noun phrase).
    private static readonly (string Kind, string[] Nouns)[] Kinds =
    [
        ("evaluation", ["指标", "基准", "metric", "benchmark"]),
        ("service", ["服务", "框架", "存储库", "工具", "平台", "service", "framework", "tool"]),
        ("architecture", ["架构", "architecture"]),
        ("stage", ["阶段", "生命周期", "步骤", "stage", "step"]),
        ("consideration", ["注意事项", "标准", "要求", "需求", "因素", "consideration", "criteria"]),
        ("modality", ["内容", "模态", "modalit", "content"]),
        ("feature", ["功能", "插件", "feature", "plugin"]),
        ("risk", ["风险", "攻击", "risk", "attack"]),
    ];

    // A purpose clause names what the list serves, not what it is ("…扩展预训练模型以适应您的任务，例如添加新层…").
    private static readonly string[] Purposes = ["以适应", "以便", "为了"];
    private static readonly string[] Trailing = ["有哪些", "是什么", "的示例", "示例", "等"];

    /// <summary>
    /// The kind of a label that ends with its noun (<c>此类指标</c>, <c>更多其他使用案例的示例</c>), or, when
    /// <paramref name="window"/> is positive, names it among its last <paramref name="window"/> characters
    /// (<c>…现有基准和数据集</c>); null when it names none or is a purpose clause.
    /// </summary>
    public static string? Of(string label, int window = 0)
    {
        var text = label.TrimEnd('。', '？', '?', '：', ':', '，', ' ');
        foreach (var t in Trailing.Where(t => text.EndsWith(t, StringComparison.Ordinal)))
        {
            text = text[..^t.Length].TrimEnd();
            break;
        }

        if (Purposes.Any(p => text.Contains(p, StringComparison.Ordinal)))
        {
            return null;
        }

        string? kind = null;
        var at = -1;
        foreach (var (name, nouns) in Kinds)
        {
            foreach (var noun in nouns)
            {
                var i = text.LastIndexOf(noun, StringComparison.OrdinalIgnoreCase);
                if (i > at && i + noun.Length >= text.Length - window)
                {
                    (kind, at) = (name, i);
                }
            }
        }

        return kind;
    }
}
