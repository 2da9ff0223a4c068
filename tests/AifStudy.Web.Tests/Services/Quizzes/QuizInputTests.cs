using AifStudy.Core.Quizzes;
using AifStudy.Web.Services.Quizzes;
using AifStudy.Web.Tests.Components.Quizzes;

namespace AifStudy.Web.Tests.Services.Quizzes;

public sealed class QuizInputTests
{
    public static TheoryData<string, string> ChoiceKinds => new()
    {
        { nameof(SampleQuestions.MultipleChoice), "multiple-choice" },
        { nameof(SampleQuestions.TrueFalse), "true/false" },
        { nameof(SampleQuestions.MultipleResponse), "multiple-response" },
        { nameof(SampleQuestions.Ordering), "ordering" },
        { nameof(SampleQuestions.Matching), "matching" },
    };

    [Theory]
    [MemberData(nameof(ChoiceKinds))]
    public void A_right_choice_sent_with_typed_text_is_refused_and_without_it_is_accepted(string sample, string kindName)
    {
        var question = Sample(sample);

        Assert.Equal(
            $"This {kindName} question takes option indexes as 'chosen' and no 'typed' text.",
            QuizInput.Problem(question, new QuizAnswer(question.CorrectIndexes, "x")));
        Assert.Null(QuizInput.Problem(question, new QuizAnswer(question.CorrectIndexes)));
    }

    [Fact]
    public void A_cloze_sent_with_chosen_options_is_refused()
    {
        Assert.StartsWith("This is a typed-answer (cloze) question", QuizInput.Problem(SampleQuestions.Cloze, new QuizAnswer([0], "Transformer")), StringComparison.Ordinal);
        Assert.Null(QuizInput.Problem(SampleQuestions.Cloze, QuizAnswer.Text("Transformer")));
    }

    private static QuizQuestion Sample(string name) =>
        (QuizQuestion)typeof(SampleQuestions).GetProperty(name)!.GetValue(null)!;
}
