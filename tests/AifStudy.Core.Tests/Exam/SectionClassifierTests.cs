using AifStudy.Core.Exam;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Tests.Exam;

/// <summary>Each rule of the exam-guide classifier: corrections, front matter, heading labels in three scripts, text, and the parent as a prior.</summary>
public sealed class SectionClassifierTests
{
    private static readonly NoteParser Parser = new();

    private static SectionClassification Of(string markdown, string title, IReadOnlyList<ClassificationOverride>? overrides = null)
    {
        var note = Parser.Parse(markdown);
        var section = note.Sections.Single(s => s.Title == title);
        return SectionClassifier.Classify(note, overrides)[section.Index];
    }

    [Theory]
    [InlineData("## 任务陈述 3.2：选择有效的提示词工程技术")]
    [InlineData("## 任務陳述 3.2：選擇有效的提示詞工程技術")]
    [InlineData("## Task Statement 3.2: Choose effective prompt engineering techniques")]
    public void A_task_label_in_any_script_places_the_section_and_its_lessons(string heading)
    {
        var markdown = heading + "\n\n### 第1课\n\nAmazon Macie 可以发现敏感数据，IAM 策略控制访问。\n";
        var lesson = Of(markdown, "第1课");
        Assert.Equal((3, "3.2", ClassificationSource.Label), (lesson.Domain, lesson.TaskId, lesson.Source));
        Assert.False(lesson.IsLowConfidence);
    }

    [Theory]
    [InlineData("# 领域 5：AI 解决方案的安全性、合规性和治理")]
    [InlineData("# 領域 5")]
    [InlineData("# Domain 5: Security, Compliance and Governance for AI Solutions")]
    [InlineData("# 5. Security, Compliance and Governance for AI Solutions")]
    public void A_domain_label_keeps_the_text_inside_its_domain(string heading)
    {
        // The text names prompts (3.2) and encryption (5.1): the label keeps it in domain 5.
        var section = Of(heading + "\n\n## 数据保护\n\n使用加密和 IAM 权限保护提示词和训练数据，启用 AWS PrivateLink。\n", "数据保护");
        Assert.Equal((5, "5.1"), (section.Domain, section.TaskId));
    }

    [Fact]
    public void The_front_matter_places_the_whole_note()
    {
        var section = Of("---\ntask: 4.1\n---\n# Notes\n\n## Bias\n\nAmazon Bedrock Guardrails and SageMaker Clarify.\n", "Bias");
        Assert.Equal((4, "4.1", ClassificationSource.FrontMatter), (section.Domain, section.TaskId, section.Source));

        var domainOnly = Of("---\ndomain: 1\n---\n# Notes\n\n## Tuning\n\nHyperparameter tuning and feature engineering in the ML pipeline.\n", "Tuning");
        Assert.Equal((1, "1.3", ClassificationSource.FrontMatter), (domainOnly.Domain, domainOnly.TaskId, domainOnly.Source));
    }

    [Fact]
    public void A_correction_beats_every_label_and_one_for_the_note_covers_its_sections()
    {
        const string markdown = "## 任务陈述 3.2：提示词\n\n零样本提示与少样本提示。\n\n## Other\n\nText.\n";
        var note = Parser.Parse(markdown);
        var anchor = note.Sections.Single(s => s.Title.StartsWith("任务陈述", StringComparison.Ordinal)).Anchor;

        var corrected = Of(markdown, "任务陈述 3.2：提示词", [new ClassificationOverride(anchor, 1, "1.1")]);
        Assert.Equal((1, "1.1", ClassificationSource.Override), (corrected.Domain, corrected.TaskId, corrected.Source));

        var other = Of(markdown, "Other", [new ClassificationOverride(null, 5, "5.2")]);
        Assert.Equal((5, "5.2", ClassificationSource.Override), (other.Domain, other.TaskId, other.Source));
    }

    [Fact]
    public void A_section_correction_covers_its_subsections_unless_one_has_its_own()
    {
        const string markdown = "## Security\n\nIAM roles and KMS keys.\n\n### Macie\n\nAmazon Macie finds PII.\n\n### Prompt tips\n\nFew-shot prompting.\n";
        var note = Parser.Parse(markdown);
        string Anchor(string title) => note.Sections.Single(s => s.Title == title).Anchor;

        var placed = SectionClassifier.Classify(note, [new ClassificationOverride(Anchor("Security"), 5, "5.2"), new ClassificationOverride(Anchor("Prompt tips"), 3, "3.2")]);

        SectionClassification At(string title) => placed[note.Sections.Single(s => s.Title == title).Index];
        Assert.Equal("5.2", At("Macie").TaskId);
        Assert.Equal(ClassificationSource.Override, At("Macie").Source);
        Assert.Equal("3.2", At("Prompt tips").TaskId);
    }

    [Theory]
    [InlineData("## 提示技巧\n\n思维链提示把推理分成步骤；少样本提示给出几个示例；零样本提示不给示例。\n", "提示技巧", "3.2")]
    [InlineData("## 提示技巧\n\n思維鏈提示把推理分成步驟；少樣本提示給出幾個示例；零樣本提示不給示例。\n", "提示技巧", "3.2")]
    [InlineData("## Securing data\n\nEncrypt data with AWS KMS, use IAM roles with least privilege, and scan with Amazon Macie.\n", "Securing data", "5.1")]
    [InlineData("## 治理\n\nAWS Config、AWS CloudTrail 和 AWS Audit Manager 帮助满足合规与审计要求。\n", "治理", "5.2")]
    [InlineData("## Services\n\nAmazon Rekognition finds objects in images; Amazon Transcribe turns speech into text; Amazon Comprehend finds sentiment.\n", "Services", "1.2")]
    public void The_text_places_a_section_that_has_no_label(string markdown, string title, string task)
    {
        var section = Of(markdown, title);
        Assert.Equal((task, ClassificationSource.Content), (section.TaskId, section.Source));
    }

    [Fact]
    public void A_lesson_with_little_text_of_its_own_leans_on_its_chapter()
    {
        const string markdown = """
            ## Prompt engineering

            Zero-shot and few-shot prompting, chain-of-thought prompting, prompt templates and negative prompts.

            ### Example

            Ask it to be concise; mind the latency.
            """;
        var lesson = Of(markdown, "Example");
        Assert.Equal("3.2", lesson.TaskId);

        var empty = Of(markdown + "\n### Later\n", "Later");
        Assert.Equal(("3.2", ClassificationSource.Parent), (empty.TaskId, empty.Source));
    }

    [Fact]
    public void A_note_that_covers_the_whole_exam_spreads_over_its_domains()
    {
        var note = Parser.Parse("""
            # My AIF-C01 notes

            ## Basics

            Supervised learning uses labeled data; unsupervised learning finds clusters. Overfitting and underfitting. Neural networks and deep learning.

            ## Generative AI

            Tokens, embeddings and the transformer; large language models are foundation models; diffusion models make images.

            ## Applications

            Retrieval augmented generation with a knowledge base and a vector database; temperature and top-p; fine-tuning and RLHF.

            ## Responsible AI

            Bias and fairness, SageMaker Clarify, Guardrails for Amazon Bedrock, transparency and explainability with model cards.

            ## Security

            IAM roles, encryption with KMS, Amazon Macie, AWS CloudTrail, AWS Config and AWS Audit Manager for compliance and governance.
            """);

        var domains = SectionClassifier.Classify(note).Where(c => note.Sections[c.SectionIndex].Level == 2).Select(c => c.Domain).ToList();
        Assert.Equal([1, 2, 3, 4, 5], domains);
    }

    [Fact]
    public void A_note_with_no_words_of_the_exam_is_not_classified()
    {
        var section = Of("## Shopping\n\nApples, pears and bread.\n", "Shopping");
        Assert.Equal((null, null, ClassificationSource.None), (section.Domain, section.TaskId, section.Source));
    }
}
