using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Tests.Services.Flashcards;

public sealed class CardSyncTests
{
    private const string TermNote = """
        # 提示

        ## 概念

        - **提示工程**：通过设计和优化输入提示来引导模型生成期望输出的方法
        - **上下文窗口**：模型一次能够处理的最大词元数量，超出部分会被截断
        """;

    [Fact]
    public async Task First_import_stores_exactly_the_cards_the_generator_makes_for_each_note()
    {
        using var harness = await ReviewHarness.CreateAsync();

        await using var db = harness.Database.CreateDbContext();
        var notes = await db.Notes.ToListAsync();
        Assert.Equal(5, notes.Count);
        var parser = new NoteParser();
        Assert.NotEmpty(await db.Cards.ToListAsync());
        foreach (var note in notes)
        {
            var expected = CardGenerator.Generate(parser.Parse(File.ReadAllText(harness.Import.Content.FullPath(note.SourcePath)), note.SourcePath), note.Slug);
            var stored = await db.Cards.Where(c => c.NoteId == note.Id).OrderBy(c => c.Position).ToListAsync();
            Assert.Equal(
                expected.Select(g => (g.Key, g.Kind, g.Front, g.Back, g.SectionAnchor, string.Join(" › ", g.SectionPath))),
                stored.Select(c => (c.Key, c.Kind, c.Front, c.Back, c.SectionAnchor, c.SectionPathText)));
            Assert.All(stored, c => Assert.Equal((note.Slug, note.Domain, (DateTimeOffset?)null), (c.NoteSlug, c.Domain, c.RetiredAt)));
        }
    }

    [Fact]
    public async Task Re_importing_unchanged_notes_writes_no_card()
    {
        using var harness = await ReviewHarness.CreateAsync();
        harness.Database.Commands.Clear();
        harness.Clock.Now += TimeSpan.FromDays(1);

        await harness.Import.Importer.ImportAsync();

        Assert.DoesNotContain(harness.Database.Commands.All, c => c.Contains("\"Cards\"", StringComparison.Ordinal) && !c.StartsWith("SELECT", StringComparison.Ordinal));
        await using var db = harness.Database.CreateDbContext();
        Assert.All(await db.Cards.ToListAsync(), c => Assert.Equal(ImportHarness.FirstImportAt, c.UpdatedAt));
    }

    [Fact]
    public async Task Editing_a_note_elsewhere_keeps_every_card_with_its_id_progress_and_reviews()
    {
        using var harness = await ReviewHarness.CreateAsync();
        await RateAllNewAsync(harness, ReviewScope("llm-basics"));
        var before = await CardsOfAsync(harness, "llm-basics");
        var reviews = await ReviewCountAsync(harness);

        harness.Import.Content.Append("llm-basics.md", "\n\n## 新增小节\n\n- **温度参数**：控制模型输出随机性的采样参数，数值越高输出越多样\n");
        harness.Clock.Now += TimeSpan.FromHours(1);
        await harness.Import.Importer.ImportAsync();

        var after = await CardsOfAsync(harness, "llm-basics");
        Assert.All(before, b => Assert.Contains(after, a => a.Id == b.Id && a.Key == b.Key && a.RetiredAt is null));
        Assert.Contains(after, a => a.Front.Contains("温度参数", StringComparison.Ordinal));
        Assert.Equal(reviews, await ReviewCountAsync(harness));
        await using var db = harness.Database.CreateDbContext();
        Assert.Equal(before.Count, await db.CardProgress.CountAsync(p => before.Select(b => b.Id).Contains(p.CardId)));
    }

    [Fact]
    public async Task A_reworded_definition_keeps_its_card_by_key()
    {
        using var harness = await ReviewHarness.CreateAsync(WithNote(TermNote));
        var card = await TermCardAsync(harness, "提示工程");
        await harness.Recorder.RateAsync(Learner.DefaultId, card.Id, Rating.Good);

        await ReimportAsync(harness, TermNote.Replace("引导模型生成期望输出的方法", "引导模型生成所期望输出的方法", StringComparison.Ordinal));

        var after = await TermCardAsync(harness, "提示工程");
        Assert.Equal((card.Id, card.Key), (after.Id, after.Key));
        Assert.Contains("所期望", after.Back, StringComparison.Ordinal);
        Assert.Equal(1, await ReviewCountAsync(harness));
    }

    [Fact]
    public async Task A_slightly_renamed_term_keeps_its_card_and_history_under_the_new_key()
    {
        using var harness = await ReviewHarness.CreateAsync(WithNote(TermNote));
        var card = await TermCardAsync(harness, "提示工程");
        await harness.Recorder.RateAsync(Learner.DefaultId, card.Id, Rating.Good);

        await ReimportAsync(harness, TermNote.Replace("**提示工程**", "**提示词工程**", StringComparison.Ordinal));

        var after = await TermCardAsync(harness, "提示词工程");
        Assert.Equal(card.Id, after.Id);
        Assert.NotEqual(card.Key, after.Key);
        Assert.Null(after.RetiredAt);
        await using var db = harness.Database.CreateDbContext();
        Assert.Equal(1, await db.ReviewLogs.CountAsync(l => l.CardId == card.Id));
        Assert.True(await db.CardProgress.AnyAsync(p => p.CardId == card.Id));
    }

    [Fact]
    public async Task A_removed_source_retires_its_card_keeps_its_history_and_drops_it_from_the_queue()
    {
        using var harness = await ReviewHarness.CreateAsync(WithNote(TermNote));
        var card = await TermCardAsync(harness, "提示工程");
        await harness.Recorder.RateAsync(Learner.DefaultId, card.Id, Rating.Again);

        await ReimportAsync(harness, TermNote.Replace("- **提示工程**：通过设计和优化输入提示来引导模型生成期望输出的方法\n", "", StringComparison.Ordinal));
        harness.Clock.Now += TimeSpan.FromDays(1);

        await using var db = harness.Database.CreateDbContext();
        var retired = await db.Cards.SingleAsync(c => c.Id == card.Id);
        Assert.Equal(harness.Clock.Now - TimeSpan.FromDays(1), retired.RetiredAt);
        Assert.Equal(1, await db.ReviewLogs.CountAsync(l => l.CardId == card.Id));
        Assert.True(await db.CardProgress.AnyAsync(p => p.CardId == card.Id));
        Assert.True(await db.Cards.AnyAsync(c => c.Front.Contains("上下文窗口") && c.RetiredAt == null));
        for (var next = await harness.Queue.NextAsync(Learner.DefaultId, StudyScope.All); next is not null; next = await harness.Queue.NextAsync(Learner.DefaultId, StudyScope.All))
        {
            Assert.NotEqual(card.Id, next.CardId);
            await harness.Recorder.RateAsync(Learner.DefaultId, next.CardId, Rating.Easy);
        }
    }

    [Fact]
    public async Task Deleting_the_note_file_retires_all_its_cards_and_adding_it_back_revives_them()
    {
        using var harness = await ReviewHarness.CreateAsync();
        var before = await CardsOfAsync(harness, "llm-basics");
        var text = File.ReadAllText(harness.Import.Content.FullPath("llm-basics.md"));
        harness.Import.Content.Delete("llm-basics.md");

        harness.Clock.Now += TimeSpan.FromHours(1);
        await harness.Import.Importer.ImportAsync();

        var retired = await CardsOfAsync(harness, "llm-basics");
        Assert.Equal(before.Select(c => c.Id), retired.Select(c => c.Id));
        Assert.All(retired, c => Assert.Equal((harness.Clock.Now, (int?)null), (c.RetiredAt!.Value, c.NoteId)));

        harness.Import.Content.Write("moved/llm-basics.md", text);
        await harness.Import.Importer.ImportAsync();

        var revived = await CardsOfAsync(harness, "llm-basics");
        Assert.Equal(before.Select(c => c.Id), revived.Select(c => c.Id));
        Assert.All(revived, c => Assert.True(c.RetiredAt is null && c.NoteId is not null));
    }

    [Fact]
    public async Task Notes_imported_before_flashcards_existed_get_their_cards_on_the_next_import()
    {
        using var harness = await ReviewHarness.CreateAsync();
        await using (var db = harness.Database.CreateDbContext())
        {
            var count = await db.Cards.CountAsync();
            await db.Cards.ExecuteDeleteAsync();
            await db.Notes.ExecuteUpdateAsync(s => s.SetProperty(n => n.CardsVersion, ""));

            await harness.Import.Importer.ImportAsync();

            Assert.Equal(count, await db.Cards.CountAsync());
        }
    }

    private static StudyScope ReviewScope(string slug) => StudyScope.ForNote(slug);

    /// <summary>A content folder holding one note; the harness disposes it.</summary>
    private static TempContentFolder WithNote(string text)
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
        return await db.Cards.SingleAsync(c => c.Kind == CardKind.TermDefinition && c.Subject == term);
    }

    private static async Task<List<Card>> CardsOfAsync(ReviewHarness harness, string slug)
    {
        await using var db = harness.Database.CreateDbContext();
        return await db.Cards.Where(c => c.NoteSlug == slug).OrderBy(c => c.Id).ToListAsync();
    }

    private static async Task<int> ReviewCountAsync(ReviewHarness harness)
    {
        await using var db = harness.Database.CreateDbContext();
        return await db.ReviewLogs.CountAsync();
    }

    private static async Task RateAllNewAsync(ReviewHarness harness, StudyScope scope)
    {
        await harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Learner.DefaultId, NewCardsPerDay = 1000 });
        while (await harness.Queue.NextAsync(Learner.DefaultId, scope) is { IsNew: true } card)
        {
            await harness.Recorder.RateAsync(Learner.DefaultId, card.CardId, Rating.Easy);
        }
    }
}
