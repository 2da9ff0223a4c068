using AifStudy.Web.Data;
using AifStudy.Web.Services.Feedback;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.Services.Feedback;

public sealed class CardEditsTests
{
    private const int Me = Learner.DefaultId;

    private const string TermNote = """
        # 提示

        ## 概念

        - **提示工程**：通过设计和优化输入提示来引导模型生成期望输出的方法
        - **上下文窗口**：模型一次能够处理的最大词元数量，超出部分会被截断
        """;

    [Fact]
    public async Task An_edited_card_keeps_its_edit_across_a_re_import_that_does_not_touch_its_source()
    {
        using var harness = await ReviewHarness.CreateAsync(WithNote(TermNote));
        var edits = harness.Services.GetRequiredService<CardEdits>();
        var card = await TermCardAsync(harness, "提示工程");
        Assert.True(await edits.SaveAsync(Me, card.Id, "What is prompt engineering?", "Designing inputs that steer a model."));

        await ReimportAsync(harness, TermNote + "\n- **温度参数**：控制模型输出随机性的采样参数，数值越高输出越多样\n");

        var text = (await edits.GetAsync(Me, card.Id))!;
        Assert.Equal(("What is prompt engineering?", "Designing inputs that steer a model.", true, false), (text.Front, text.Back, text.IsEdited, text.NeedsCheck));
        Assert.Empty(await edits.FlaggedAsync(Me));
        var listed = (await harness.Browser.ListAsync(Me, StudyScope.All, null)).Single(c => c.CardId == card.Id);
        Assert.Equal(("What is prompt engineering?", true, false), (listed.Front, listed.IsEdited, listed.EditNeedsCheck));
    }

    [Fact]
    public async Task An_edited_card_is_flagged_when_its_source_changes_and_still_shows_the_edit_until_kept_or_reverted()
    {
        using var harness = await ReviewHarness.CreateAsync(WithNote(TermNote));
        var edits = harness.Services.GetRequiredService<CardEdits>();
        var card = await TermCardAsync(harness, "提示工程");
        await edits.SaveAsync(Me, card.Id, "What is prompt engineering?", "Designing inputs that steer a model.");

        await ReimportAsync(harness, TermNote.Replace("引导模型生成期望输出的方法", "引导模型生成所期望输出的方法", StringComparison.Ordinal));

        var changed = await TermCardAsync(harness, "提示工程");
        Assert.Equal(card.Id, changed.Id);
        var text = (await edits.GetAsync(Me, card.Id))!;
        Assert.Equal(("What is prompt engineering?", true, true), (text.Front, text.IsEdited, text.NeedsCheck));
        Assert.Contains("所期望", text.GeneratedBack, StringComparison.Ordinal);
        var flagged = Assert.Single(await edits.FlaggedAsync(Me));
        Assert.Equal((card.Id, card.Back, changed.Back), (flagged.CardId, flagged.SourceBack, flagged.GeneratedBack));
        Assert.True((await harness.Browser.ListAsync(Me, StudyScope.All, null)).Single(c => c.CardId == card.Id).EditNeedsCheck);

        Assert.True(await edits.KeepAsync(Me, card.Id));
        Assert.False((await edits.GetAsync(Me, card.Id))!.NeedsCheck);

        Assert.True(await edits.RevertAsync(Me, card.Id));
        Assert.Equal((changed.Front, changed.Back, false), ((await edits.GetAsync(Me, card.Id))!.Front, (await edits.GetAsync(Me, card.Id))!.Back, (await edits.GetAsync(Me, card.Id))!.IsEdited));
    }

    [Fact]
    public async Task The_review_queue_shows_the_learners_edit_and_other_learners_the_generated_card()
    {
        using var harness = await ReviewHarness.CreateAsync(WithNote(TermNote));
        var edits = harness.Services.GetRequiredService<CardEdits>();
        var first = (await harness.Queue.NextAsync(Me, StudyScope.All))!;
        await edits.SaveAsync(Me, first.CardId, "My front", "My back");
        await using (var db = harness.Database.CreateDbContext())
        {
            db.Learners.Add(new Learner { Id = 2, Name = "Other" });
            await db.SaveChangesAsync();
        }

        var mine = (await harness.Queue.NextAsync(Me, StudyScope.All))!;
        var theirs = (await harness.Queue.NextAsync(2, StudyScope.All))!;

        Assert.Equal((first.CardId, "My front", "My back", true), (mine.CardId, mine.Front, mine.Back, mine.IsEdited));
        Assert.Equal((first.CardId, first.Front, false), (theirs.CardId, theirs.Front, theirs.IsEdited));
    }

    [Fact]
    public async Task Saving_the_generated_text_or_an_empty_side_stores_no_edit()
    {
        using var harness = await ReviewHarness.CreateAsync(WithNote(TermNote));
        var edits = harness.Services.GetRequiredService<CardEdits>();
        var card = await TermCardAsync(harness, "提示工程");

        Assert.False(await edits.SaveAsync(Me, card.Id, "  ", "back"));
        Assert.True(await edits.SaveAsync(Me, card.Id, card.Front, card.Back + "\n"));

        await using var db = harness.Database.CreateDbContext();
        Assert.False(await db.CardEdits.AnyAsync());
    }

    internal static TempContentFolder WithNote(string text)
    {
        var content = TempContentFolder.Empty();
        content.Write("prompts.md", text);
        return content;
    }

    private static async Task ReimportAsync(ReviewHarness harness, string text)
    {
        harness.Import.Content.Write("prompts.md", text);
        harness.Clock.Now += TimeSpan.FromHours(1);
        await harness.Import.Importer.ImportAsync();
    }

    private static async Task<Card> TermCardAsync(ReviewHarness harness, string term)
    {
        await using var db = harness.Database.CreateDbContext();
        return await db.Cards.FirstAsync(c => c.Subject == term && c.Kind == Core.Flashcards.CardKind.TermDefinition && c.RetiredAt == null);
    }
}
