using AifStudy.Core.Quizzes;
using AifStudy.Web.Components.Interop;
using AifStudy.Web.Services.Quizzes;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace AifStudy.Web.Components.Quizzes;

/// <summary>
/// One question of any kind, with its explanation once solved. Shared by practice, exam and review. With
/// <see cref="Keys"/> on, number keys 1-9 press options and Enter calls <see cref="OnEnter"/> (see QuizQuestionCard.razor.js).
/// </summary>
public sealed partial class QuizQuestionCard
{
    /// <summary>The module that picks the quiz keys (QuizQuestionCard.razor.js).</summary>
    public const string ModulePath = "./Components/Quizzes/QuizQuestionCard.razor.js";

    [Inject] private IJSRuntime JS { get; set; } = null!;

    [Parameter, EditorRequired] public QuizQuestion Question { get; set; } = null!;

    [Parameter] public QuizAnswer Answer { get; set; } = QuizAnswer.Empty;

    [Parameter] public EventCallback<QuizAnswer> AnswerChanged { get; set; }

    [Parameter] public bool ShowSolution { get; set; }

    [Parameter] public bool Disabled { get; set; }

    /// <summary>Right or wrong, shown with the solution; null to say nothing.</summary>
    [Parameter] public bool? IsCorrect { get; set; }

    [Parameter] public bool Answered { get; set; } = true;

    /// <summary>"Question 3 of 10".</summary>
    [Parameter] public string Heading { get; set; } = "";

    [Parameter] public bool Keys { get; set; }

    /// <summary>Offers "Report a problem" with the solution (practice feedback, the review of a finished attempt).</summary>
    [Parameter] public bool CanReport { get; set; }

    [Parameter] public EventCallback OnEnter { get; set; }

    /// <summary>Extra controls in the header (the exam's flag button).</summary>
    [Parameter] public RenderFragment? HeadContent { get; set; }

    /// <summary>Actions under the question (submit, next ...).</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }

    private DocumentKeyListener? _keyboard;

    private string SourceHref => $"notes/{Uri.EscapeDataString(Question.NoteSlug)}#{Question.SectionAnchor}";

    public static string KindLabel(QuestionKind kind) => kind switch
    {
        QuestionKind.MultipleChoice => "Multiple choice",
        QuestionKind.MultipleResponse => "Multiple response",
        QuestionKind.Ordering => "Ordering",
        QuestionKind.Matching => "Matching",
        QuestionKind.TrueFalse => "True / false",
        QuestionKind.Cloze => "Fill in the blank",
        _ => kind.ToString(),
    };

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && Keys)
        {
            _keyboard = new DocumentKeyListener(JS, ModulePath, OnKeyAsync);
            await _keyboard.AttachAsync();
        }
    }

    // The module passes on Enter and 1-9 only, without Ctrl, Alt or Meta.
    private Task OnKeyAsync(KeyPress press)
    {
        var key = press.Key;
        if (key == "Enter")
        {
            return OnEnter.InvokeAsync();
        }

        if (ShowSolution || Disabled || key.Length != 1 || key[0] is < '1' or > '9')
        {
            return Task.CompletedTask;
        }

        return QuizInput.Press(Question, Answer, key[0] - '1') is { } next ? AnswerChanged.InvokeAsync(next) : Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (_keyboard is not null)
        {
            await _keyboard.DisposeAsync();
        }
    }
}
