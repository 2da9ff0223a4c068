using AifStudy.Web.Components.Interop;
using AifStudy.Web.Components.Quizzes;
using AifStudy.Web.Services.Quizzes;
using Bunit;
using Microsoft.JSInterop;

namespace AifStudy.Web.Tests.Components.Quizzes;

public sealed class QuizQuestionCardTests : BunitContext
{
    private readonly BunitJSModuleInterop _module;
    private readonly List<string> _events = [];

    public QuizQuestionCardTests()
    {
        JSInterop.Mode = JSRuntimeMode.Strict;
        _module = JSInterop.SetupModule(QuizQuestionCard.ModulePath);
        _module.Setup<int>("attach", _ => true).SetResult(3);
        _module.SetupVoid("detach", _ => true);
    }

    private IRenderedComponent<QuizQuestionCard> RenderCard(Core.Quizzes.QuizQuestion question, QuizAnswer answer, bool solution = false, bool? correct = null) =>
        Render<QuizQuestionCard>(p => p
            .Add(c => c.Question, question)
            .Add(c => c.Answer, answer)
            .Add(c => c.ShowSolution, solution)
            .Add(c => c.IsCorrect, correct)
            .Add(c => c.Heading, "2 / 5")
            .Add(c => c.Keys, true)
            .Add(c => c.AnswerChanged, (QuizAnswer a) => _events.Add("answer " + string.Join(",", a.Chosen)))
            .Add(c => c.OnEnter, () => _events.Add("enter")));

    // What the module's keydown listener does: call back into the object handed to attach.
    private async Task PressAsync(IRenderedComponent<QuizQuestionCard> cut, string key)
    {
        var keyboard = (DotNetObjectReference<DocumentKeyListener>)_module.Invocations["attach"].Single().Arguments[0]!;
        await cut.InvokeAsync(() => keyboard.Value.OnKeyAsync(key, ctrlOrMeta: false, shift: false, alt: false));
    }

    [Fact]
    public async Task Number_keys_press_options_and_Enter_goes_to_the_page()
    {
        var cut = RenderCard(SampleQuestions.MultipleResponse, new QuizAnswer([0]));

        await PressAsync(cut, "4");
        await PressAsync(cut, "9"); // no ninth option
        await PressAsync(cut, "Enter");

        Assert.Equal(["answer 0,3", "enter"], _events);
        Assert.Equal("Multiple response", cut.Find(".quiz-kind").TextContent);
        Assert.Equal("2 / 5", cut.Find(".quiz-number").TextContent);
    }

    [Fact]
    public async Task With_the_solution_shown_keys_no_longer_change_the_answer_and_the_explanation_links_to_the_section()
    {
        var cut = RenderCard(SampleQuestions.MultipleChoice, new QuizAnswer([0]), solution: true, correct: false);

        await PressAsync(cut, "2");
        await PressAsync(cut, "Enter");

        Assert.Equal(["enter"], _events);
        Assert.Equal("Not quite", cut.Find(".quiz-verdict").TextContent);
        Assert.Equal(SampleQuestions.MultipleChoice.Explanation, cut.Find(".quiz-explanation blockquote").TextContent);
        Assert.Equal("notes/foundation-model-basics#训练-微调和提示调整", cut.Find("a.quiz-source").GetAttribute("href"));
    }

    [Fact]
    public void Each_kind_renders_its_own_component()
    {
        Assert.Single(RenderCard(SampleQuestions.Matching, QuizAnswer.Empty).FindAll(".quiz-matching select").Take(1));
        Assert.Single(RenderCard(SampleQuestions.Cloze, QuizAnswer.Empty).FindAll(".quiz-cloze input"));
        Assert.Equal(2, RenderCard(SampleQuestions.TrueFalse, QuizAnswer.Empty).FindAll(".quiz-true-false button").Count);
    }
}
