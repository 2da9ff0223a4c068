using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Feedback;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.Services.Feedback;

public sealed class ItemReportsTests
{
    private const int Me = Learner.DefaultId;

    [Fact]
    public async Task A_reported_new_card_leaves_the_queue_and_the_deck_browser_until_restored()
    {
        using var harness = await ReviewHarness.CreateAsync();
        var reports = harness.Services.GetRequiredService<ItemReports>();
        var first = (await harness.Queue.NextAsync(Me, StudyScope.All))!;
        var before = await harness.Queue.CountsAsync(Me, StudyScope.All);

        Assert.Equal(first.Front, await reports.ReportCardAsync(Me, first.CardId, ReportReason.Unclear, " too vague "));

        Assert.NotEqual(first.CardId, (await harness.Queue.NextAsync(Me, StudyScope.All))!.CardId);
        Assert.DoesNotContain(await harness.Browser.ListAsync(Me, StudyScope.All, null, limit: 10_000), c => c.CardId == first.CardId);
        var listed = Assert.Single(await reports.ListAsync(Me));
        Assert.Equal((ReportedItemKind.Card, first.Front, ReportReason.Unclear, "too vague"), (listed.Kind, listed.Label, listed.Reason, listed.Comment));

        Assert.True(await reports.RestoreAsync(Me, listed.Id));

        Assert.Equal(first.CardId, (await harness.Queue.NextAsync(Me, StudyScope.All))!.CardId);
        Assert.Equal(before, await harness.Queue.CountsAsync(Me, StudyScope.All));
        Assert.Empty(await reports.ListAsync(Me));
    }

    [Fact]
    public async Task A_reported_due_card_is_not_counted_or_shown_and_stays_hidden_after_a_re_import()
    {
        using var harness = await ReviewHarness.CreateAsync();
        var reports = harness.Services.GetRequiredService<ItemReports>();
        var card = (await harness.Queue.NextAsync(Me, StudyScope.All))!;
        await harness.Recorder.RateAsync(Me, card.CardId, Rating.Again);
        harness.Clock.Now += TimeSpan.FromMinutes(15);
        var due = await harness.Queue.CountsAsync(Me, StudyScope.All);
        Assert.Equal(1, due.Learning);

        await reports.ReportCardAsync(Me, card.CardId, ReportReason.WrongAnswer);
        harness.Import.Content.Append("llm-basics.md", "\n\n## 新增小节\n\n- **温度参数**：控制模型输出随机性的采样参数，数值越高输出越多样\n");
        harness.Clock.Now += TimeSpan.FromHours(1);
        await harness.Import.Importer.ImportAsync();

        Assert.Equal(0, (await harness.Queue.CountsAsync(Me, StudyScope.All)).Learning);
        Assert.NotEqual(card.CardId, (await harness.Queue.NextAsync(Me, StudyScope.All))?.CardId);
    }

    [Fact]
    public async Task A_report_hides_the_card_for_that_learner_only()
    {
        using var harness = await ReviewHarness.CreateAsync();
        var reports = harness.Services.GetRequiredService<ItemReports>();
        await using (var db = harness.Database.CreateDbContext())
        {
            db.Learners.Add(new Learner { Id = 2, Name = "Other" });
            await db.SaveChangesAsync();
        }

        var first = (await harness.Queue.NextAsync(Me, StudyScope.All))!;
        await reports.ReportCardAsync(Me, first.CardId, ReportReason.Duplicate);

        Assert.Equal(first.CardId, (await harness.Queue.NextAsync(2, StudyScope.All))!.CardId);
        Assert.Empty(await reports.ListAsync(2));
        Assert.False(await reports.RestoreAsync(2, (await reports.ListAsync(Me))[0].Id));
    }
}
