using AifStudy.Core.Notes;
using AifStudy.Core.Quizzes;

namespace AifStudy.Core.Tests.Exam;

/// <summary>A question's domain and task statement are its section's, so a note that covers several domains feeds each.</summary>
public sealed class QuestionDomainTests
{
    internal const string WholeExamNote = """
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

    [Fact]
    public void Each_question_takes_its_sections_domain_and_task()
    {
        var note = new NoteParser().Parse(WholeExamNote, "whole-exam.md");
        var questions = QuestionGenerator.Generate(note, "whole-exam", note.Metadata.Domain, seed: 1);

        Assert.Null(note.Metadata.Domain);
        Assert.Contains(questions, q => q.Domain == 3 && q.TaskStatement == "3.2" && q.SectionAnchor.Contains("prompt", StringComparison.Ordinal));
        Assert.Contains(questions, q => q.Domain == 5 && q.TaskStatement == "5.1" && q.SectionAnchor.Contains("secur", StringComparison.Ordinal));
    }
}
