using AifStudy.Core.Exam;

namespace AifStudy.Web.Services.Exam;

/// <summary>The readiness estimate as the dashboard shows it. Plain data, so it persists from prerendering.</summary>
/// <param name="HasEstimate">False until enough answers are in.</param>
/// <param name="Score">The estimated scaled score (100–1000).</param>
/// <param name="Low">The low end of its 90 % range.</param>
/// <param name="High">The high end of its 90 % range.</param>
/// <param name="Answers">Recent answers it rests on.</param>
/// <param name="Cards">Reviewed cards it rests on.</param>
/// <param name="UntestedDomains">Domains with no answer.</param>
/// <param name="TestedDomains">How many domains have answers.</param>
/// <param name="NextTaskId">The task statement to study next, or null.</param>
/// <param name="NextTaskTitle">Its title.</param>
/// <param name="NextAnswers">Answers on it.</param>
/// <param name="NextCorrect">Of which right.</param>
/// <param name="NextQuestions">Questions the notes give on it.</param>
/// <param name="NextCards">Active cards the notes give on it.</param>
public sealed record ReadinessView(
    bool HasEstimate, int Score, int Low, int High, int Answers, int Cards, IReadOnlyList<int> UntestedDomains, int TestedDomains,
    string? NextTaskId, string? NextTaskTitle, int NextAnswers, int NextCorrect, int NextQuestions, int NextCards)
{
    /// <summary>Answers needed before there is an estimate.</summary>
    public static int MinAnswers => Readiness.MinAnswers;

    /// <summary>The pass mark.</summary>
    public static int PassingScore => Readiness.PassingScore;

    /// <summary>True when the estimate's middle reaches the pass mark.</summary>
    public bool Passes => HasEstimate && Score >= PassingScore;

    public static ReadinessView Of(ReadinessEstimate estimate, IReadOnlyDictionary<string, (int Questions, int Cards)> material)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentNullException.ThrowIfNull(material);
        var next = estimate.StudyNext;
        var (questions, cards) = next is null ? default : material.GetValueOrDefault(next.Task.Id);
        return new ReadinessView(
            estimate.HasEstimate, estimate.Score, estimate.Low, estimate.High, estimate.Answers, estimate.Cards, estimate.UntestedDomains, estimate.TestedDomains.Count,
            next?.Task.Id, next?.Task.Title, next?.Answers ?? 0, next?.Correct ?? 0, questions, cards);
    }
}
