using System.Globalization;
using AifStudy.Core.Scheduling;
using AifStudy.Core.Scheduling.Optimizer;
using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>What came of fitting a learner's weights.</summary>
public enum OptimizationStatus
{
    /// <summary>Too few answers a day or more apart to fit anything; nothing was run.</summary>
    TooFewAnswers,

    /// <summary>The fitted weights predict the learner's answers no better than the current ones.</summary>
    NoImprovement,

    /// <summary>The fitted weights predict the learner's answers better (lower log loss).</summary>
    Better,
}

/// <summary>The optimiser's answer for one learner, with both weight sets scored on the same history.</summary>
/// <param name="Status">Whether there was enough to fit, and whether the fit is better.</param>
/// <param name="Answers">Answers given a day or more after the card's previous one (what the optimiser learns from).</param>
/// <param name="CurrentWeights">The weights reviews use now (the defaults when none are set).</param>
/// <param name="Current">How well the current weights predict the history; null when nothing was run.</param>
/// <param name="Fitted">The fitted weights, or null when nothing was run.</param>
/// <param name="FittedScore">How well the fitted weights predict the same history.</param>
public sealed record OptimizationResult(
    OptimizationStatus Status,
    int Answers,
    IReadOnlyList<double> CurrentWeights,
    FsrsEvaluation? Current = null,
    IReadOnlyList<double>? Fitted = null,
    FsrsEvaluation? FittedScore = null)
{
    /// <summary>The fitted weights as Anki shows them (four decimals, comma-separated), or "".</summary>
    public string FittedText => Fitted is null ? "" : WeightOptimizer.Format(Fitted);
}

/// <summary>
/// Fits a learner's FSRS-6 weights to their own review log (Anki's "Optimize"), scores the fitted and
/// the current weights on that history, and applies the fitted ones on request.
/// </summary>
public sealed class WeightOptimizer(IDbContextFactory<StudyDbContext> dbFactory, LearnerSettingsService settingsService)
{
    /// <summary>Fewest answers a day or more apart the optimiser will fit to.</summary>
    public const int MinimumAnswers = FsrsOptimizer.MinimumForTraining;

    /// <summary>The learner's answers as training items, oldest first.</summary>
    public async Task<IReadOnlyList<TrainingItem>> LoadItemsAsync(int learnerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var logs = await db.ReviewLogs.AsNoTracking()
            .Where(l => l.LearnerId == learnerId)
            .Select(l => new { l.CardId, l.ReviewedAt, l.Rating, l.ElapsedDays, l.WasNew })
            .ToListAsync(cancellationToken);
        return TrainingItems.FromLogs(logs.Select(l =>
            new LoggedReview(l.CardId, l.ReviewedAt, (Rating)l.Rating, l.ElapsedDays, l.WasNew)));
    }

    /// <summary>
    /// Fits weights to the learner's history (on a worker thread: it is CPU-bound) unless there are
    /// fewer than <see cref="MinimumAnswers"/> answers to learn from.
    /// </summary>
    public async Task<OptimizationResult> OptimizeAsync(int learnerId, CancellationToken cancellationToken = default)
    {
        var settings = await settingsService.GetAsync(learnerId, cancellationToken);
        var current = LearnerSettingsService.ToParameters(settings).Weights;
        var items = await LoadItemsAsync(learnerId, cancellationToken);
        if (items.Count < MinimumAnswers)
        {
            return new OptimizationResult(OptimizationStatus.TooFewAnswers, items.Count, current);
        }

        return await Task.Run(
            () =>
            {
                var fit = FsrsOptimizer.Fit(items, cancellation: cancellationToken);
                var fitted = fit.Weights.Select(w => Math.Round(w, 4)).ToArray();
                var before = FsrsEvaluation.Of(current, items);
                var after = FsrsEvaluation.Of(fitted, items);
                var status = fit.Kind != FitKind.NotEnoughData && after.LogLoss < before.LogLoss
                    ? OptimizationStatus.Better
                    : OptimizationStatus.NoImprovement;
                return new OptimizationResult(status, items.Count, current, before, fitted, after);
            },
            cancellationToken);
    }

    /// <summary>Stores <paramref name="weights"/> as the learner's FSRS weights; later reviews are scheduled with them.</summary>
    /// <exception cref="ArgumentException">The weights are not a valid FSRS-6 set.</exception>
    public async Task ApplyAsync(int learnerId, IReadOnlyList<double> weights, CancellationToken cancellationToken = default)
    {
        var settings = await settingsService.GetAsync(learnerId, cancellationToken);
        settings.Weights = Format(weights);
        await settingsService.SaveAsync(settings, cancellationToken);
    }

    /// <summary>"0.2120, 1.2931, …": four decimals, as Anki shows weights.</summary>
    public static string Format(IReadOnlyList<double> weights) =>
        string.Join(", ", weights.Select(w => w.ToString("0.0000", CultureInfo.InvariantCulture)));
}
