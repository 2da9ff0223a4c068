using AifStudy.Core.Notes;
using AifStudy.Core.Quizzes;
using AifStudy.Tests.Shared;

namespace AifStudy.Core.Tests.Exam;

/// <summary>A question's domain and task statement are its section's, so a note that covers several domains feeds each.</summary>
public sealed class QuestionDomainTests
{
    [Fact]
    public void Each_question_takes_its_sections_domain_and_task()
    {
        var note = new NoteParser().Parse(ExamNotes.WholeExam, "whole-exam.md");
        var questions = QuestionGenerator.Generate(note, "whole-exam", note.Metadata.Domain, seed: 1);

        Assert.Null(note.Metadata.Domain);
        Assert.Contains(questions, q => q.Domain == 3 && q.TaskStatement == "3.2" && q.SectionAnchor.Contains("prompt", StringComparison.Ordinal));
        Assert.Contains(questions, q => q.Domain == 5 && q.TaskStatement == "5.1" && q.SectionAnchor.Contains("secur", StringComparison.Ordinal));
    }
}
