namespace AifStudy.Core.Notes;

/// <summary>The five content domains of the AWS Certified AI Practitioner (AIF-C01) exam.</summary>
public static class AifDomains
{
    /// <summary>The domains in exam order, numbered 1..5.</summary>
    public static IReadOnlyList<AifDomain> All { get; } =
    [
        new(1, "Fundamentals of AI and ML", "人工智能和机器学习基础"),
        new(2, "Fundamentals of Generative AI", "生成式 AI 基础"),
        new(3, "Applications of Foundation Models", "基础模型的应用"),
        new(4, "Guidelines for Responsible AI", "负责任 AI 准则"),
        new(5, "Security, Compliance and Governance for AI Solutions", "AI 解决方案的安全性、合规性和治理"),
    ];

    /// <summary>The domain numbered <paramref name="number"/>, or null when there is none (null, 0, 6 ...).</summary>
    public static AifDomain? Find(int? number) =>
        number is >= 1 and <= 5 ? All[number.Value - 1] : null;
}

/// <summary>One AIF-C01 exam domain.</summary>
/// <param name="Number">1..5, as the exam guide numbers it.</param>
/// <param name="Name">English name from the exam guide.</param>
/// <param name="ChineseName">Chinese name, as in "领域 N：<paramref name="ChineseName"/>".</param>
public sealed record AifDomain(int Number, string Name, string ChineseName)
{
    /// <summary>"Domain N: Name".</summary>
    public string Label => $"Domain {Number}: {Name}";

    /// <summary>"领域 N：中文名".</summary>
    public string ChineseLabel => $"领域 {Number}：{ChineseName}";
}
