using AifStudy.Core.Scheduling;
using AifStudy.Web.Components.Flashcards;
using AifStudy.Web.Components.Interop;
using Bunit;
using Microsoft.JSInterop;

namespace AifStudy.Web.Tests.Components.Flashcards;

public sealed class ReviewCardTests : BunitContext
{
    private static readonly Dictionary<Rating, string> Labels = new()
    {
        [Rating.Again] = "10m",
        [Rating.Hard] = "1d",
        [Rating.Good] = "2d",
        [Rating.Easy] = "1.3mo",
    };

    private readonly BunitJSModuleInterop _module;
    private readonly List<string> _events = [];

    public ReviewCardTests()
    {
        JSInterop.Mode = JSRuntimeMode.Strict;
        _module = JSInterop.SetupModule(ReviewCard.ModulePath);
        _module.Setup<int>("attach", _ => true).SetResult(7);
        _module.SetupVoid("detach", _ => true);
    }

    private IRenderedComponent<ReviewCard> RenderCard(bool revealed, bool canUndo = true) =>
        Render<ReviewCard>(p => p
            .Add(c => c.FrontHtml, "<p>“Transformer”指什么？</p>")
            .Add(c => c.BackHtml, "<p>一种基于<strong>自注意力</strong>的架构。</p>")
            .Add(c => c.Revealed, revealed)
            .Add(c => c.IntervalLabels, Labels)
            .Add(c => c.SourceLabel, "from: 大语言模型基础 › Transformer")
            .Add(c => c.SourceHref, "notes/llm-basics#transformer")
            .Add(c => c.Remaining, 12)
            .Add(c => c.CanUndo, canUndo)
            .Add(c => c.OnReveal, () => _events.Add("reveal"))
            .Add(c => c.OnRate, (Rating r) => _events.Add($"rate {r}"))
            .Add(c => c.OnUndo, () => _events.Add("undo")));

    // Exactly what the module's keydown listener does: call back into the object it was handed on attach.
    private async Task PressAsync(IRenderedComponent<ReviewCard> cut, string key, bool ctrlOrMeta = false, bool shift = false)
    {
        var keyboard = (DotNetObjectReference<DocumentKeyListener>)_module.Invocations["attach"].Single().Arguments[0]!;
        await cut.InvokeAsync(() => keyboard.Value.OnKeyAsync(key, ctrlOrMeta, shift, alt: false));
    }

    [Fact]
    public void The_question_side_shows_the_front_a_show_answer_button_and_the_cards_left_today()
    {
        var cut = RenderCard(revealed: false);

        Assert.Equal("“Transformer”指什么？", cut.Find(".review-front").TextContent);
        Assert.Empty(cut.FindAll(".review-back"));
        Assert.Empty(cut.FindAll(".review-source"));
        Assert.Equal("Show answer Space", cut.Find("button.review-show").TextContent);
        Assert.Equal("12 left today", cut.Find(".review-progress").TextContent);
    }

    [Fact]
    public async Task The_keyboard_module_is_imported_and_its_listener_attached_once_and_removed_on_dispose()
    {
        RenderCard(revealed: false);

        Assert.Single(_module.Invocations["attach"]);
        await DisposeComponentsAsync();
        Assert.Equal(7, Assert.Single(_module.Invocations["detach"]).Arguments[0]);
    }

    [Fact]
    public void Clicking_show_answer_reveals()
    {
        var cut = RenderCard(revealed: false);

        cut.Find("button.review-show").Click();

        Assert.Equal(["reveal"], _events);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("Enter")]
    public async Task Space_and_Enter_reveal(string key)
    {
        var cut = RenderCard(revealed: false);

        await PressAsync(cut, key);

        Assert.Equal(["reveal"], _events);
    }

    [Fact]
    public async Task Rating_keys_do_nothing_before_the_answer_is_shown()
    {
        var cut = RenderCard(revealed: false);

        foreach (var key in new[] { "1", "2", "3", "4" })
        {
            await PressAsync(cut, key);
        }

        Assert.Empty(_events);
    }

    [Theory]
    [InlineData("1", Rating.Again)]
    [InlineData("2", Rating.Hard)]
    [InlineData("3", Rating.Good)]
    [InlineData("4", Rating.Easy)]
    public async Task Keys_one_to_four_rate_once_the_answer_is_shown(string key, Rating expected)
    {
        var cut = RenderCard(revealed: true);

        await PressAsync(cut, key);

        Assert.Equal([$"rate {expected}"], _events);
    }

    [Fact]
    public async Task Space_does_not_reveal_again_or_rate_when_the_answer_is_shown()
    {
        var cut = RenderCard(revealed: true);

        await PressAsync(cut, " ");
        await PressAsync(cut, "5");

        Assert.Empty(_events);
    }

    [Fact]
    public async Task Ctrl_Z_or_Cmd_Z_undoes_and_Ctrl_Shift_Z_does_not()
    {
        var cut = RenderCard(revealed: false);

        await PressAsync(cut, "z", ctrlOrMeta: true);
        await PressAsync(cut, "Z", ctrlOrMeta: true, shift: true);

        Assert.Equal(["undo"], _events);
    }

    [Fact]
    public async Task Undo_is_neither_offered_nor_triggered_when_there_is_nothing_to_undo()
    {
        var cut = RenderCard(revealed: false, canUndo: false);

        await PressAsync(cut, "z", ctrlOrMeta: true);

        Assert.Empty(cut.FindAll("button.review-undo"));
        Assert.Empty(_events);
    }

    [Fact]
    public void The_answer_side_shows_four_buttons_with_their_interval_labels_and_the_source_link()
    {
        var cut = RenderCard(revealed: true);

        Assert.Equal("一种基于自注意力的架构。", cut.Find(".review-back").TextContent);
        Assert.Empty(cut.FindAll("button.review-show"));
        var buttons = cut.FindAll("button.rate");
        Assert.Equal(
            ["10m Again 1", "1d Hard 2", "2d Good 3", "1.3mo Easy 4"],
            buttons.Select(b => string.Join(' ', b.Children.Select(c => c.TextContent))));
        var source = cut.Find("a.review-source");
        Assert.Equal("from: 大语言模型基础 › Transformer", source.TextContent);
        Assert.Equal("notes/llm-basics#transformer", source.GetAttribute("href"));
    }

    [Fact]
    public void Clicking_a_rating_button_rates_with_that_button()
    {
        var cut = RenderCard(revealed: true);

        cut.Find("button.rate[data-rating=Hard]").Click();
        cut.Find("button.review-undo").Click();

        Assert.Equal(["rate Hard", "undo"], _events);
    }

    [Fact]
    public async Task A_second_key_while_the_first_answer_is_being_saved_is_ignored()
    {
        var saving = new TaskCompletionSource();
        var rated = new List<Rating>();
        var cut = Render<ReviewCard>(p => p
            .Add(c => c.FrontHtml, "<p>Q</p>")
            .Add(c => c.BackHtml, "<p>A</p>")
            .Add(c => c.Revealed, true)
            .Add(c => c.OnRate, async (Rating r) =>
            {
                rated.Add(r);
                await saving.Task;
            }));

        var first = PressAsync(cut, "3");
        await PressAsync(cut, "3");
        saving.SetResult();
        await first;

        Assert.Equal([Rating.Good], rated);
    }
}
