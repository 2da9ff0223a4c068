using AifStudy.Core.Quizzes;
using AifStudy.Web.Services.Quizzes;
using Microsoft.AspNetCore.Components;

namespace AifStudy.Web.Components.Quizzes;

/// <summary>
/// What every question component takes: the question, the answer so far, and whether to show the solution. The
/// components only render and report changes; the page decides when an answer is stored.
/// </summary>
public abstract class QuestionInputBase : ComponentBase
{
    [Parameter, EditorRequired] public QuizQuestion Question { get; set; } = null!;

    [Parameter] public QuizAnswer Answer { get; set; } = QuizAnswer.Empty;

    [Parameter] public EventCallback<QuizAnswer> AnswerChanged { get; set; }

    /// <summary>Marks the right option(s) and the learner's wrong ones; the answer can no longer change.</summary>
    [Parameter] public bool ShowSolution { get; set; }

    [Parameter] public bool Disabled { get; set; }

    protected bool Locked => ShowSolution || Disabled;

    protected Task PressAsync(int index) =>
        !Locked && QuizInput.Press(Question, Answer, index) is { } next ? AnswerChanged.InvokeAsync(next) : Task.CompletedTask;

    protected bool IsChosen(int index) => Answer.Chosen.Contains(index);

    /// <summary>CSS classes of an option button for multiple choice, true/false and multiple response.</summary>
    protected string OptionClass(int index)
    {
        var chosen = IsChosen(index);
        var classes = chosen ? "quiz-option selected" : "quiz-option";
        if (!ShowSolution)
        {
            return classes;
        }

        var right = Question.CorrectIndexes.Contains(index);
        return right ? classes + " right" : chosen ? classes + " wrong" : classes;
    }
}
