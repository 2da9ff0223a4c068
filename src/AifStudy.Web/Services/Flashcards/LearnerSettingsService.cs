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

    /// <summary>The learner's per-domain and per-note daily new-card limits, as (scope key, per day), domains first.</summary>
    public async Task<IReadOnlyList<(string Scope, int PerDay)>> GetLimitsAsync(int learnerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.NewCardLimits.AsNoTracking().Where(l => l.LearnerId == learnerId).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(l => l.Scope.StartsWith("note:", StringComparison.Ordinal)).ThenBy(l => l.Scope, StringComparer.Ordinal)
            .Select(l => (l.Scope, l.PerDay))];
    }

    /// <summary>Sets the daily new-card limit of one domain ("domain:2") or note ("note:slug").</summary>
    /// <exception cref="ArgumentException">The scope names neither a domain (1–5) nor a note, or the limit is not 0–9999.</exception>
    public async Task SetLimitAsync(int learnerId, string scope, int perDay, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (NewCardLimits.ParseKey(scope) is (null, null))
        {
            throw new ArgumentException($"\"{scope}\" is neither a domain (domain:1 to domain:5) nor a note (note:slug).", nameof(scope));
        }

        if (perDay is < 0 or > 9999)
        {
            throw new ArgumentException($"A daily limit must be between 0 and 9999 new cards, not {perDay}.", nameof(perDay));
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.NewCardLimits.FindAsync([learnerId, scope], cancellationToken);
        if (stored is null)
        {
            db.NewCardLimits.Add(new NewCardLimit { LearnerId = learnerId, Scope = scope, PerDay = perDay });
        }
        else
        {
            stored.PerDay = perDay;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Removes one scope's limit: only the overall limit applies to it again.</summary>
    public async Task RemoveLimitAsync(int learnerId, string scope, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.NewCardLimits.Where(l => l.LearnerId == learnerId && l.Scope == scope).ExecuteDeleteAsync(cancellationToken);
    }

    internal static async Task<NewCardLimits> LimitsAsync(StudyDbContext db, int learnerId, CancellationToken cancellationToken)
    {
        var rows = await db.NewCardLimits.AsNoTracking().Where(l => l.LearnerId == learnerId)
            .Select(l => new { l.Scope, l.PerDay }).ToListAsync(cancellationToken);
        return rows.Count == 0 ? NewCardLimits.None : NewCardLimits.From(rows.Select(r => (r.Scope, r.PerDay)));
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
