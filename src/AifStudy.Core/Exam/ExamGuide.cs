using AifStudy.Core.Notes;
using AifStudy.Core.Search;

namespace AifStudy.Core.Exam;

/// <summary>
/// The AIF-C01 exam guide as data: five domains weighted 20/24/28/14/14 % and their fourteen task statements, each
/// with the concepts and AWS services that belong to it. Titles and keyword lists are this project's own wording,
/// drawn up from the public exam guide's scope (docs/exam-guide.md).
/// </summary>
public static class ExamGuide
{
    /// <summary>Each domain's share of the exam, in percent, by domain number.</summary>
    public static IReadOnlyDictionary<int, int> DomainWeights { get; } = new Dictionary<int, int> { [1] = 20, [2] = 24, [3] = 28, [4] = 14, [5] = 14 };

    /// <summary>The fourteen task statements in exam order.</summary>
    public static IReadOnlyList<TaskStatement> TaskStatements { get; } =
    [
        Task("1.1", "Explain basic AI concepts and terminology", "解释人工智能的基本概念和术语", ExamKeywords.BasicConcepts),
        Task("1.2", "Identify practical use cases for AI", "识别人工智能的实际用例", ExamKeywords.UseCases),
        Task("1.3", "Describe the ML development lifecycle", "描述机器学习的开发生命周期", ExamKeywords.Lifecycle),
        Task("2.1", "Explain the basic concepts of generative AI", "解释生成式 AI 的基本概念", ExamKeywords.GenerativeConcepts),
        Task("2.2", "Understand the capabilities and limitations of generative AI for business problems", "了解生成式 AI 解决业务问题的能力和局限性", ExamKeywords.GenerativeLimits),
        Task("2.3", "Describe AWS infrastructure and technologies for building generative AI applications", "描述构建生成式 AI 应用的 AWS 基础设施和技术", ExamKeywords.GenerativeOnAws),
        Task("3.1", "Describe design considerations for applications that use foundation models", "说明使用基础模型的应用的设计注意事项", ExamKeywords.Design),
        Task("3.2", "Choose effective prompt engineering techniques", "选择有效的提示词工程技术", ExamKeywords.Prompting),
        Task("3.3", "Describe the training and fine-tuning process for foundation models", "描述基础模型的训练和微调过程", ExamKeywords.Training),
        Task("3.4", "Describe methods to evaluate foundation model performance", "描述评估基础模型性能的方法", ExamKeywords.Evaluation),
        Task("4.1", "Explain the development of AI systems that are responsible", "说明负责任 AI 系统的开发", ExamKeywords.Responsible),
        Task("4.2", "Recognize the importance of transparent and explainable models", "认识透明和可解释模型的重要性", ExamKeywords.Transparent),
        Task("5.1", "Explain methods to secure AI systems", "说明保护 AI 系统的方法", ExamKeywords.Security),
        Task("5.2", "Recognize governance and compliance regulations for AI systems", "认识 AI 系统的治理和合规法规", ExamKeywords.Governance),
    ];

    /// <summary>The task statement numbered <paramref name="id"/> ("3.2"), or null.</summary>
    public static TaskStatement? Find(string? id) => TaskStatements.FirstOrDefault(t => t.Id == id?.Trim());

    /// <summary>The task statements of domain <paramref name="domain"/>.</summary>
    public static IEnumerable<TaskStatement> InDomain(int domain) => TaskStatements.Where(t => t.Domain == domain);

    /// <summary>The domain's name, as <see cref="AifDomains"/> has it.</summary>
    public static AifDomain Domain(int number) => AifDomains.Find(number) ?? throw new ArgumentOutOfRangeException(nameof(number), number, "AIF-C01 has domains 1 to 5.");

    /// <summary>Text as keywords are compared: Simplified Chinese, lower case.</summary>
    public static string Fold(string text) => ChineseScript.ToSimplified(text ?? "").ToLowerInvariant();

    private static TaskStatement Task(string id, string title, string chinese, string keywords) =>
        new(id, id[0] - '0', title, chinese, keywords.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Fold).Distinct().ToList());
}
