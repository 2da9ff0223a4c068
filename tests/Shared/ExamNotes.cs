namespace AifStudy.Tests.Shared;

/// <summary>Notes the exam-guide tests share.</summary>
internal static class ExamNotes
{
    /// <summary>
    /// A note with no front matter and no domain label: one section on prompting (task 3.2), one on securing AI
    /// systems (5.1), each a list of four definitions that give cards and questions.
    /// </summary>
    public const string WholeExam = """
        # My AIF-C01 notes

        ## Prompt engineering techniques

        - **Zero-shot prompting**: asking the model to do a task with no demonstrations given
        - **Few-shot prompting**: showing the model a handful of solved cases before the task
        - **Chain-of-thought prompting**: asking the model to reason step by step before it answers
        - **Negative prompting**: telling the model what it must leave out of its output

        ## Securing AI systems

        - **Amazon Macie**: finds and protects sensitive data such as personal information stored in Amazon S3
        - **AWS PrivateLink**: keeps traffic between your VPC and AWS services on the private AWS network
        - **AWS KMS**: creates and controls the encryption keys that protect your data at rest
        - **IAM role**: an identity with permissions that a service or user assumes to call AWS APIs
        """;
}
