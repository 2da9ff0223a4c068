using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using AifStudy.Core.Quizzes.Prose;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>
/// Checks from blind run 70: a verdict among a table's rows, a quoted example, a likeness without the difference, a
/// product blurb, a syllabus line's topics, a cause label, a trait taken for a name, and service sections whose first
/// item is a use or a part.
/// </summary>
public sealed class FiftySixthReviewCheckTests
{
    [Theory]
    [InlineData("最可靠但成本高", true)]
    [InlineData("越低越好", true)]
    [InlineData("请专家按标准给模型输出打分", false)]
    public void A_ranking_among_a_tables_rows_is_a_verdict(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("verdict-back", Card("TermDefinition", "“人类评估”指什么？", back, "人类评估")));

    [Theory]
    [InlineData("Lower is better", true)]
    [InlineData("The lower, the better", true)]
    [InlineData("How well a model predicts a sample; lower values mean less surprise", false)]
    public void An_english_ranking_is_a_verdict(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("verdict-back", Card("TermDefinition", "What is Perplexity?", back, "Perplexity", script: ItemScript.English)));

    [Theory]
    [InlineData("「从前有座山」，拆分成词就是「从前、有、座、山」。", true)]
    [InlineData("\"I love it\", labelled positive", true)]
    [InlineData("机器翻译中人工给出的标准译文，用来和输出比较", false)]
    public void A_quoted_example_is_not_a_definition(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("example-back", Card("TermDefinition", "“参考文本”指什么？", back, "参考文本")));

    [Theory]
    [InlineData("一种与Top-k 采样类似的方法，它也用于控制生成结果的多样性和质量", true)]
    [InlineData("和 BLEU 类似的算法，但它关注的是召回率", false)]
    [InlineData("保留累积概率大于阈值 P 的词，再重新归一化", false)]
    public void A_likeness_to_a_sibling_without_the_difference_is_an_analogy(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("analogy-back", Card("TermDefinition", "“Top-P 采样”指什么？", back, "Top-P 采样")));

    [Theory]
    [InlineData("A technique similar to top-k sampling", true)]
    [InlineData("A technique similar to top-k sampling, but it keeps the smallest set whose probability exceeds p", false)]
    public void An_english_likeness_without_the_difference_is_an_analogy(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("analogy-back", Card("TermDefinition", "What is Top-p sampling?", back, "Top-p sampling", script: ItemScript.English)));

    [Theory]
    [InlineData("AWS 提供的完全托管式 AI 功能，可帮助您构建应用程序的基础模型", true)]
    [InlineData("A fully managed capability that helps you build applications", true)]
    [InlineData("能分解多步骤任务、调用 API 并查询知识库来完成请求的组件", false)]
    public void A_product_blurb_fits_any_service(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("blurb-back", Card("TermDefinition", "“Amazon Bedrock 代理”指什么？", back, "Amazon Bedrock 代理")));

    [Theory]
    [InlineData("Secure data engineering", "data quality, privacy-enhancing tech, access control, integrity", true)]
    [InlineData("Features of responsible AI", "bias, fairness, inclusivity, robustness, safety, veracity", false)]
    [InlineData("CodePipeline", "orchestrate build/test/deploy non-ML and trigger SageMaker jobs", false)]
    [InlineData("Secure data engineering", "data quality checks, encryption and access control applied to training data", false)]
    [InlineData("Securing AI", "IAM, encryption, Amazon Macie, AWS PrivateLink, shared responsibility model", true)]
    [InlineData("Lineage Tracking", "Tracking relationships between datasets, training jobs, models, and deployments.", false)]
    [InlineData("Prompt Structure", "Guides the LLM with \"Thought,\" \"Action,\" and \"Observation\" steps, in context", false)]
    public void A_syllabus_lines_topics_do_not_say_what_a_singular_term_is(string term, string back, bool dropped) =>
        Assert.Equal(dropped, Fires("names-back", Card("TermDefinition", $"What is {term}?", back, term, script: ItemScript.English)));

    [Theory]
    [InlineData("成因", true)]
    [InlineData("缓解手段", true)]
    [InlineData("幻觉", false)]
    public void A_cause_label_is_no_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"“{term}”指什么？", "模型在生成看起来合理的内容，而非查询事实", term)));

    [Theory]
    [InlineData("召回导向", false)]
    [InlineData("数据驱动", false)]
    [InlineData("延迟", true)]
    public void A_trait_is_no_chinese_name(string text, bool gloss) =>
        Assert.Equal(gloss, ProseDefinition.IsGloss(text, "ROUGE"));

    [Theory]
    [InlineData("With EFS, it can be used as training data source.", true)]
    [InlineData("With EFS, training jobs read their data without copying it.", false)]
    public void A_pronoun_after_a_lead_in_stands_for_the_term(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("pronoun-back", Card("TermDefinition", "What is Amazon S3 with Amazon EFS?", back, "Amazon S3 with Amazon EFS", script: ItemScript.English)));

    private const string Services = """
        # Data Engineering

        ## Amazon FSx for Lustre
        - When your data is in S3 and you run training jobs several times, use FSx for Lustre.
        - FSx speeds up training jobs

        ## Amazon Kinesis for streaming data
        - Kinesis Video Stream - ingest and analyze video and audio data.
        - Kinesis Data Firehose - near real time ingestion to batch and compress data.

        ## Amazon Polly
        - Turn text into lifelike speech using deep learning
        """;

    [Fact]
    public void A_service_sections_first_item_that_is_a_use_or_a_part_is_no_definition() =>
        // The parts define themselves (a "- Name - gloss" list), not the section's service.
        Assert.Equal(["Kinesis Video Stream", "Kinesis Data Firehose", "Amazon Polly"], new NoteParser().Parse(Services, "data.md").Sections.SelectMany(s => s.Definitions).Select(d => d.Term));
}
