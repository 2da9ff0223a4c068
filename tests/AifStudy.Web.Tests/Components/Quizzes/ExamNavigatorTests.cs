using AifStudy.Web.Components.Quizzes;
using AifStudy.Web.Services.Quizzes;
using Bunit;

namespace AifStudy.Web.Tests.Components.Quizzes;

public sealed class ExamNavigatorTests : BunitContext
{
    [Fact]
    public void Cells_show_which_questions_are_answered_flagged_and_current_and_a_click_goes_there()
    {
        var selected = new List<int>();
        AttemptQuestionView[] questions =
        [
            new(0, SampleQuestions.MultipleChoice, new QuizAnswer([1]), true, IsFlagged: false),
            new(1, SampleQuestions.MultipleResponse, new QuizAnswer([1]), false, IsFlagged: true), // one of two chosen: not answered yet
            new(2, SampleQuestions.TrueFalse, null, null, IsFlagged: false),
        ];

        var cut = Render<ExamNavigator>(p => p
            .Add(c => c.Questions, questions)
            .Add(c => c.Current, 2)
            .Add(c => c.OnSelect, (int i) => selected.Add(i)));
        var cells = cut.FindAll(".exam-grid button");

        Assert.Equal(["1", "2", "3"], cells.Select(c => c.TextContent.Trim()));
        Assert.Equal(
            ["Question 1, answered", "Question 2, not answered, flagged", "Question 3, not answered"],
            cells.Select(c => c.GetAttribute("aria-label")));
        Assert.Equal("step", cells[2].GetAttribute("aria-current"));
        Assert.Contains("flagged", cells[1].ClassList);
        cells[1].Click();
        Assert.Equal([1], selected);
    }
}
