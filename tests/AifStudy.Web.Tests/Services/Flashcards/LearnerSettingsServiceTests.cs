using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Tests.Services.Flashcards;

public sealed class LearnerSettingsServiceTests
{
    private const int Me = Learner.DefaultId;

    [Fact]
    public async Task Settings_reject_weights_that_do_not_parse()
    {
        using var harness = await ReviewHarness.CreateAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, Weights = "0.2, abc" }));

        Assert.Equal(20, (await harness.Settings.GetAsync(Me)).NewCardsPerDay);
        var pasted = string.Join(", ", FsrsParameters.Default.Weights.Select(w => w.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, Weights = pasted, NewCardsPerDay = 5 });
        var saved = await harness.Settings.GetAsync(Me);
        Assert.Equal(FsrsParameters.Default.Weights, LearnerSettingsService.ToParameters(saved).Weights);
        Assert.Equal(5, saved.NewCardsPerDay);
    }
}
