using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Tests.Services.Flashcards;

public sealed class ReviewQueueTests
{
    private const int Me = Learner.DefaultId;

    [Fact]
    public async Task New_cards_come_in_note_and_position_order_up_to_the_daily_limit()
    {
        using var harness = await ReviewHarness.CreateAsync();
        await harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, NewCardsPerDay = 3 });
        var expected = await ActiveCardIdsInOrderAsync(harness);

        var shown = new List<int>();
        while (await harness.Queue.NextAsync(Me, StudyScope.All) is { } card)
        {
            Assert.True(card.IsNew);
            shown.Add(card.CardId);
            await harness.Recorder.RateAsync(Me, card.CardId, Rating.Easy);
        }

        Assert.Equal(expected.Take(3), shown);
        Assert.Equal(new QueueCounts(0, 0, 0), await harness.Queue.CountsAsync(Me, StudyScope.All));

        harness.Clock.Now = harness.Clock.Now.AddDays(1);
        Assert.Equal(expected[3], (await harness.Queue.NextAsync(Me, StudyScope.All))!.CardId);
    }

    [Fact]
    public async Task A_card_an_import_adds_to_an_earlier_note_comes_before_the_new_cards_of_later_notes()
    {
        using var harness = await ReviewHarness.CreateAsync();
        await harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, NewCardsPerDay = 1000 });
        var first = (await harness.Queue.NextAsync(Me, StudyScope.All))!;
        var next = first;
        while (next.NoteSlug == first.NoteSlug)
        {
            await harness.Recorder.RateAsync(Me, next.CardId, Rating.Easy);
            next = (await harness.Queue.NextAsync(Me, StudyScope.All))!;
        }

        await using (var db = harness.Database.CreateDbContext())
        {
            var path = await db.Notes.Where(n => n.Slug == first.NoteSlug).Select(n => n.SourcePath).SingleAsync();
            harness.Import.Content.Append(path, "\n\n## 补充\n\n- **温度参数**：控制模型输出随机性的采样参数，数值越高输出越多样\n");
        }

        harness.Clock.Now += TimeSpan.FromMinutes(1);
        await harness.Import.Importer.ImportAsync();

        var added = (await harness.Queue.NextAsync(Me, StudyScope.All))!;
        Assert.Equal((first.NoteSlug, true), (added.NoteSlug, added.IsNew));
        Assert.Contains("温度参数", added.Front, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Due_cards_come_before_new_cards_most_overdue_first()
    {
        using var harness = await ReviewHarness.CreateAsync();
        var first = (await harness.Queue.NextAsync(Me, StudyScope.All))!;
        await harness.Recorder.RateAsync(Me, first.CardId, Rating.Again);
        harness.Clock.Now += TimeSpan.FromSeconds(10);
        var second = (await harness.Queue.NextAsync(Me, StudyScope.All))!;
        await harness.Recorder.RateAsync(Me, second.CardId, Rating.Again);
        Assert.True(second.IsNew);

        harness.Clock.Now += TimeSpan.FromMinutes(2);

        var next = (await harness.Queue.NextAsync(Me, StudyScope.All))!;
        Assert.Equal((first.CardId, false, CardState.Learning), (next.CardId, next.IsNew, next.Progress.State));
        Assert.Equal(new QueueCounts(0, 18, 2), await harness.Queue.CountsAsync(Me, StudyScope.All));
    }

    [Fact]
    public async Task Suspended_and_retired_cards_never_come_up()
    {
        using var harness = await ReviewHarness.CreateAsync();
        var order = await ActiveCardIdsInOrderAsync(harness);
        await harness.Recorder.SetSuspendedAsync(Me, order[0], suspended: true);
        await using (var db = harness.Database.CreateDbContext())
        {
            await db.Cards.Where(c => c.Id == order[1]).ExecuteUpdateAsync(s => s.SetProperty(c => c.RetiredAt, harness.Clock.Now));
        }

        Assert.Equal(order[2], (await harness.Queue.NextAsync(Me, StudyScope.All))!.CardId);

        await harness.Recorder.RateAsync(Me, order[2], Rating.Again);
        await harness.Recorder.SetSuspendedAsync(Me, order[2], suspended: true);
        harness.Clock.Now += TimeSpan.FromHours(1);
        Assert.Equal(order[3], (await harness.Queue.NextAsync(Me, StudyScope.All))!.CardId);

        await harness.Recorder.SetSuspendedAsync(Me, order[0], suspended: false);
        Assert.Equal(order[0], (await harness.Queue.NextAsync(Me, StudyScope.All))!.CardId);
        var listed = await harness.Browser.ListAsync(Me, StudyScope.All, search: null, includeRetired: true, limit: 10_000);
        Assert.True(listed.Single(c => c.CardId == order[2]).IsSuspended);
        Assert.True(listed.Single(c => c.CardId == order[1]).IsRetired);
        Assert.DoesNotContain(await harness.Browser.ListAsync(Me, StudyScope.All, null, limit: 10_000), c => c.CardId == order[1]);
    }

    [Fact]
    public async Task Scopes_limit_the_queue_to_a_domain_a_note_or_a_section()
    {
        using var harness = await ReviewHarness.CreateAsync();
        await using var db = harness.Database.CreateDbContext();
        var sample = await db.Cards.Where(c => c.NoteSlug == "foundation-model-basics").OrderByDescending(c => c.Position).FirstAsync();

        var byNote = (await harness.Queue.NextAsync(Me, StudyScope.ForNote("llm-basics")))!;
        var byDomain = (await harness.Queue.NextAsync(Me, StudyScope.ForDomain(sample.Domain!.Value)))!;
        var bySection = (await harness.Queue.NextAsync(Me, StudyScope.ForSection(sample.NoteSlug, sample.SectionAnchor)))!;

        Assert.Equal("llm-basics", byNote.NoteSlug);
        Assert.Equal(sample.Domain, (await db.Cards.SingleAsync(c => c.Id == byDomain.CardId)).Domain);
        Assert.Equal((sample.NoteSlug, sample.SectionAnchor), (bySection.NoteSlug, bySection.SectionAnchor));
        Assert.Null(await harness.Queue.NextAsync(Me, StudyScope.ForNote("no-such-note")));
    }

    private static async Task<List<int>> ActiveCardIdsInOrderAsync(ReviewHarness harness)
    {
        await using var db = harness.Database.CreateDbContext();
        return await db.Cards.Where(c => c.RetiredAt == null).OrderBy(c => c.NoteId).ThenBy(c => c.Position).Select(c => c.Id).ToListAsync();
    }
}
