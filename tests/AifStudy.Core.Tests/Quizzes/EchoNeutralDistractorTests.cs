using AifStudy.Core.Quizzes;

namespace AifStudy.Core.Tests.Quizzes;

/// <summary>
/// Wrong options for "which describes X" prefer a sibling that says the word the right description shares with X (run
/// 57: "SageMaker Model Cards" was the only option about a model while Clarify's "ML models" sat unused).
/// </summary>
public sealed class EchoNeutralDistractorTests
{
    private const string Note = """
        # Governance

        ## AWS Tools for Governance

        - **AWS Config:** Monitors AWS resource configurations for compliance.
        - **AWS CloudTrail:** Provides governance, compliance, and auditing by logging AWS API calls.
        - **AWS Trusted Advisor:** Offers best practices for security, cost optimization, and performance.
        - **Amazon Macie:** Detects sensitive data in AWS S3 and ensures data protection.
        - **AWS Control Tower:** Automates governance setup for multi-account AWS environments.
        - **Amazon SageMaker Clarify:** Detects bias in ML models and improves explainability.
        - **Amazon SageMaker Model Cards:** Standardizes model documentation for governance and transparency.
        """;

    [Fact]
    public void A_sibling_that_also_mentions_models_is_among_the_wrong_options()
    {
        for (var seed = 1; seed <= 20; seed++)
        {
            var q = Quizzes.Of(Note, seed).Single(q => q.Kind == QuestionKind.MultipleChoice && q.Prompt.Contains("describes \"Amazon SageMaker Model Cards", StringComparison.Ordinal));
            Assert.Contains(Quizzes.Wrong(q), o => o.Contains("models", StringComparison.Ordinal));
        }
    }
}
