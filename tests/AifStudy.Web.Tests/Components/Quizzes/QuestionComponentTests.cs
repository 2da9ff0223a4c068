using AifStudy.Core.Quizzes;
using AifStudy.Web.Components.Quizzes;
using AifStudy.Web.Services.Quizzes;
using Bunit;

namespace AifStudy.Web.Tests.Components.Quizzes;

public sealed class QuestionComponentTests : BunitContext
{
    private readonly List<QuizAnswer> _changes = [];

    private IRenderedComponent<T> RenderQuestion<T>(QuizQuestion question, QuizAnswer? answer = null, bool solution = false)
        where T : QuestionInputBase =>
        Render<T>(p => p
            .Add(c => c.Question, question)
            .Add(c => c.Answer, answer ?? QuizAnswer.Empty)
            .Add(c => c.ShowSolution, solution)
            .Add(c => c.AnswerChanged, (QuizAnswer a) => _changes.Add(a)));

    [Fact]
    public void Multiple_choice_shows_numbered_options_and_reports_the_one_clicked()
    {
        var cut = RenderQuestion<MultipleChoiceQuestion>(SampleQuestions.MultipleChoice);

        Assert.Equal(SampleQuestions.MultipleChoice.Options, cut.FindAll(".quiz-option-text").Select(e => e.TextContent));
        Assert.Equal(["1", "2", "3", "4"], cut.FindAll(".quiz-key").Select(e => e.TextContent));
        cut.FindAll("button.quiz-option")[2].Click();

        Assert.Equal([2], _changes.Single().Chosen);
    }

    [Fact]
    public void Multiple_choice_with_the_solution_marks_the_right_option_and_the_wrong_pick_and_takes_no_more_clicks()
    {
        var cut = RenderQuestion<MultipleChoiceQuestion>(SampleQuestions.MultipleChoice, new QuizAnswer([3]), solution: true);

        var buttons = cut.FindAll("button.quiz-option");
        Assert.Contains("right", buttons[1].ClassList);
        Assert.Contains("wrong", buttons[3].ClassList);
        Assert.DoesNotContain("wrong", buttons[0].ClassList);
        Assert.All(buttons, b => Assert.True(b.HasAttribute("disabled")));
    }

    [Fact]
    public void True_false_offers_the_two_statements_and_reports_the_choice()
    {
        var cut = RenderQuestion<TrueFalseQuestion>(SampleQuestions.TrueFalse);

        Assert.Equal(["正确", "错误"], cut.FindAll(".quiz-option-text").Select(e => e.TextContent));
        cut.FindAll("button.quiz-option")[1].Click();

        Assert.Equal([1], _changes.Single().Chosen);
        Assert.All(cut.FindAll("button.quiz-option"), b => Assert.Equal(("radio", "false"), (b.GetAttribute("role"), b.GetAttribute("aria-checked"))));
    }

    [Fact]
    public void Multiple_response_says_how_many_to_choose_and_toggles_options()
    {
        var cut = RenderQuestion<MultipleResponseQuestion>(SampleQuestions.MultipleResponse, new QuizAnswer([1]));

        Assert.Equal("Choose two. (1 chosen)", cut.Find(".quiz-hint").TextContent);
        Assert.Equal("true", cut.FindAll("button.quiz-option")[1].GetAttribute("aria-checked"));
        cut.FindAll("button.quiz-option")[3].Click();
        cut.FindAll("button.quiz-option")[1].Click();

        Assert.Equal([[1, 3], []], _changes.Select(c => c.Chosen.ToArray()));
    }

    [Fact]
    public void Ordering_numbers_the_steps_as_picked_and_a_repeated_pick_takes_it_back()
    {
        var cut = RenderQuestion<OrderingQuestion>(SampleQuestions.Ordering, new QuizAnswer([2, 0]));

        Assert.Equal(["#2", "#1"], cut.FindAll(".quiz-place").Select(e => e.TextContent));
        Assert.Equal(["Data selection", "Pre-training"], cut.FindAll(".quiz-sequence li").Select(e => e.TextContent));
        cut.FindAll("button.quiz-option")[1].Click();
        cut.FindAll("button.quiz-option")[2].Click();

        Assert.Equal([[2, 0, 1], []], _changes.Select(c => c.Chosen.ToArray()));
    }

    [Fact]
    public void Ordering_with_the_solution_shows_the_correct_order()
    {
        var cut = RenderQuestion<OrderingQuestion>(SampleQuestions.Ordering, new QuizAnswer([0, 2, 1]), solution: true);

        Assert.Equal(["Data selection", "Pre-training", "Deployment"], cut.FindAll(".quiz-solution li").Select(e => e.TextContent));
        Assert.Equal(["wrong", "right", "wrong"], cut.FindAll("button.quiz-option").Select(b => b.ClassList.Contains("right") ? "right" : "wrong"));
    }

    [Fact]
    public void Matching_offers_every_description_for_each_term_and_reports_each_pick()
    {
        var cut = RenderQuestion<MatchingQuestion>(SampleQuestions.Matching);

        Assert.Equal(["预训练", "RLHF", "微调"], cut.FindAll(".quiz-match-term").Select(e => e.TextContent));
        Assert.Equal(["— choose —", "人类反馈", "大量数据", "行业知识"], cut.FindAll("select")[0].QuerySelectorAll("option").Select(o => o.TextContent));
        cut.FindAll("select")[1].Change("0");

        Assert.Equal([-1, 0, -1], _changes.Single().Chosen);
    }

    [Fact]
    public void Matching_with_the_solution_shows_the_right_description_beside_a_wrong_pick()
    {
        var cut = RenderQuestion<MatchingQuestion>(SampleQuestions.Matching, new QuizAnswer([1, 2, 0]), solution: true);

        Assert.Equal(["right", "wrong", "wrong"], cut.FindAll(".quiz-matching li").Select(li => li.ClassName));
        Assert.Equal(["→ 人类反馈", "→ 行业知识"], cut.FindAll(".quiz-match-answer").Select(e => e.TextContent));
    }

    [Fact]
    public void Cloze_reports_what_is_typed_and_shows_the_accepted_answer_with_the_solution()
    {
        var cut = RenderQuestion<ClozeQuestion>(SampleQuestions.Cloze);
        cut.Find("input").Input("transformer");
        Assert.Equal("transformer", _changes.Single().Typed);

        var solved = RenderQuestion<ClozeQuestion>(SampleQuestions.Cloze, QuizAnswer.Text("RNN"), solution: true);
        Assert.Equal("Accepted: Transformer", solved.Find(".quiz-solution").TextContent);
        Assert.True(solved.Find("input").HasAttribute("disabled"));
    }
}
