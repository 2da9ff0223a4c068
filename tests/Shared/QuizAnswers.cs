using AifStudy.Core.Quizzes;
using AifStudy.Web.Services.Quizzes;

namespace AifStudy.Tests.Shared;

/// <summary>A right and a wrong answer to a generated question, for tests that answer through the portal's services.</summary>
internal static class QuizAnswers
{
    public static QuizAnswer Right(QuizQuestion question) =>
        question.Kind == QuestionKind.Cloze ? QuizAnswer.Text(question.AcceptedAnswers[0]) : new QuizAnswer(question.CorrectIndexes);

    public static QuizAnswer Wrong(QuizQuestion question) => question.Kind switch
    {
        QuestionKind.Cloze => QuizAnswer.Text("not the term"),
        QuestionKind.MultipleChoice or QuestionKind.TrueFalse =>
            new QuizAnswer([Enumerable.Range(0, question.Options.Count).First(i => i != question.CorrectIndexes[0])]),
        // Multiple response is marked as a set: swap one right option for a wrong one (reversing would still be right).
        QuestionKind.MultipleResponse =>
            new QuizAnswer([.. question.CorrectIndexes.Skip(1), Enumerable.Range(0, question.Options.Count).First(i => !question.CorrectIndexes.Contains(i))]),
        _ => new QuizAnswer([.. question.CorrectIndexes.Reverse()]),
    };
}
