using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>Reads and saves a learner's review settings and turns them into scheduler parameters.</summary>
public sealed class LearnerSettingsService(IDbContextFactory<StudyDbContext> dbFactory)
{
    /// <summary>The learner's settings (detached), or the defaults when none are stored.</summary>
    public async Task<LearnerSettings> GetAsync(int learnerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await GetAsync(db, learnerId, cancellationToken);
    }

    /// <summary>Whether the learner exists.</summary>
    public async Task<bool> LearnerExistsAsync(int learnerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Learners.AnyAsync(l => l.Id == learnerId, cancellationToken);
    }

    /// <summary>Validates and stores <paramref name="settings"/>.</summary>
    /// <exception cref="ArgumentException">A value is out of range or the weights cannot be parsed (the message says which).</exception>
    public async Task SaveAsync(LearnerSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfNegative(settings.NewCardsPerDay);
        _ = ToParameters(settings);
        _ = ToRules(settings);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.LearnerSettings.FindAsync([settings.LearnerId], cancellationToken);
        if (stored is null)
        {
            db.LearnerSettings.Add(Copy(settings, new LearnerSettings { LearnerId = settings.LearnerId }));
        }
        else
        {
            Copy(settings, stored);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The FSRS parameters the settings describe (default steps; weights parsed as pasted from Anki).</summary>
    /// <exception cref="ArgumentException">A value is out of range or the weights cannot be parsed.</exception>
    public static FsrsParameters ToParameters(LearnerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var parameters = string.IsNullOrWhiteSpace(settings.Weights) ? FsrsParameters.Default : FsrsParameters.FromText(settings.Weights);
        return parameters with
        {
            DesiredRetention = settings.DesiredRetention,
            MaximumIntervalDays = settings.MaximumIntervalDays,
            EnableFuzz = settings.EnableFuzz,
        };
    }

    /// <summary>The session rules the settings describe: learn-ahead, sibling burying, leech threshold.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range (the message says which).</exception>
    public static QueueRules ToRules(LearnerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return QueueRules.Create(settings.LearnAheadMinutes, settings.BurySiblings, settings.LeechThreshold, settings.NewCardOrder);
    }

    internal static async Task<LearnerSettings> GetAsync(StudyDbContext db, int learnerId, CancellationToken cancellationToken) =>
        await db.LearnerSettings.AsNoTracking().SingleOrDefaultAsync(s => s.LearnerId == learnerId, cancellationToken)
            ?? new LearnerSettings { LearnerId = learnerId };

    private static LearnerSettings Copy(LearnerSettings from, LearnerSettings to)
    {
        (to.NewCardsPerDay, to.DesiredRetention, to.MaximumIntervalDays) = (from.NewCardsPerDay, from.DesiredRetention, from.MaximumIntervalDays);
        (to.Weights, to.EnableFuzz) = (from.Weights.Trim(), from.EnableFuzz);
        (to.LearnAheadMinutes, to.BurySiblings, to.LeechThreshold) = (from.LearnAheadMinutes, from.BurySiblings, from.LeechThreshold);
        to.NewCardOrder = from.NewCardOrder;
        return to;
    }
}
