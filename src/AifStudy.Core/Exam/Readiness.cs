namespace AifStudy.Core.Exam;

/// <summary>What a learner has shown on one task statement: recent answers to its questions, and its cards.</summary>
/// <param name="TaskId">The task statement ("3.2").</param>
/// <param name="Answers">Recent answers to questions from sections placed under it.</param>
/// <param name="Correct">How many of <paramref name="Answers"/> were right.</param>
/// <param name="Retrievabilities">The FSRS retrievability now (0..1) of each of its reviewed cards.</param>
/// <param name="HasNotes">True when a section of the notes is placed under it (it can be studied here).</param>
public sealed record TaskEvidence(string TaskId, int Answers, int Correct, IReadOnlyList<double> Retrievabilities, bool HasNotes);

/// <summary>One task statement in a readiness estimate.</summary>
/// <param name="Task">The task statement.</param>
/// <param name="Answers">Recent answers counted.</param>
/// <param name="Correct">Of which right.</param>
/// <param name="Cards">Reviewed cards counted.</param>
/// <param name="MeanRetrievability">Their mean retrievability, or null with none.</param>
/// <param name="Mean">The estimated chance of answering one of its exam questions right (0..1).</param>
/// <param name="Deviation">That estimate's standard deviation.</param>
/// <param name="HasNotes">True when the notes cover it.</param>
public sealed record TaskReadiness(TaskStatement Task, int Answers, int Correct, int Cards, double? MeanRetrievability, double Mean, double Deviation, bool HasNotes)
{
    /// <summary>True when nothing was answered or reviewed on it: its estimate is the learner's overall level, not its own.</summary>
    public bool IsUntested => Answers == 0 && Cards == 0;
}

/// <summary>
/// An estimated AIF-C01 scaled score (100–1000, 700 to pass) with a 90 % range, or the reason there is none yet, and
/// the task statement to study next.
/// </summary>
/// <param name="HasEstimate">False until <see cref="Readiness.MinAnswers"/> answers are in.</param>
/// <param name="Score">The estimate (100–1000), 0 without one.</param>
/// <param name="Low">The low end of the 90 % range.</param>
/// <param name="High">The high end of the 90 % range.</param>
/// <param name="Answers">Recent answers it rests on.</param>
/// <param name="Cards">Reviewed cards it rests on.</param>
/// <param name="TestedDomains">Domains with at least one answer.</param>
/// <param name="UntestedDomains">Domains with none: their share is the learner's overall level, widely uncertain.</param>
/// <param name="Tasks">Every task statement, in exam order.</param>
/// <param name="StudyNext">The weakest task statement the notes cover, or null when none is covered.</param>
public sealed record ReadinessEstimate(
    bool HasEstimate, int Score, int Low, int High, int Answers, int Cards, IReadOnlyList<int> TestedDomains, IReadOnlyList<int> UntestedDomains,
    IReadOnlyList<TaskReadiness> Tasks, TaskReadiness? StudyNext)
{
    /// <summary>True when the estimate's middle is at or above the pass mark.</summary>
    public bool Passes => HasEstimate && Score >= Readiness.PassingScore;
}

/// <summary>
/// The readiness estimate (docs/exam-guide.md). Each task statement's chance of a right answer is a Beta posterior:
/// its recent answers count whole, each reviewed card's retrievability counts as <see cref="CardWeight"/> of an answer,
/// and the prior is the learner's overall rate with the strength of <see cref="PriorStrength"/> answers, so a task
/// statement nobody tested sits at the learner's level with a wide spread. A domain is the mean of its task statements;
/// the exam is the domains weighted 20/24/28/14/14. The share right maps to the scaled score linearly, 0 → 100 and
/// 1 → 1000 (so 700, the pass mark, is two answers in three): AWS does not publish its scaling, so this is an assumption
/// the page says.
/// </summary>
public static class Readiness
{
    /// <summary>No estimate with fewer recent answers than this.</summary>
    public const int MinAnswers = 30;

    /// <summary>The pass mark on the scaled score.</summary>
    public const int PassingScore = 700;

    /// <summary>How many answers a reviewed card counts as (cards ask less than exam questions do).</summary>
    public const double CardWeight = 0.25;

    /// <summary>How many answers the learner's overall rate counts as in each task statement's prior.</summary>
    public const double PriorStrength = 4;

    // The 90 % range: the mean ± this many standard deviations.
    private const double Z90 = 1.645;

    /// <summary>The estimate from <paramref name="evidence"/> (any task statement missing from it has no evidence and no notes).</summary>
    public static ReadinessEstimate Estimate(IEnumerable<TaskEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var byTask = evidence.ToDictionary(e => e.TaskId, StringComparer.Ordinal);
        var all = ExamGuide.TaskStatements.Select(t => byTask.GetValueOrDefault(t.Id) ?? new TaskEvidence(t.Id, 0, 0, [], false)).ToList();

        var answers = all.Sum(e => e.Answers);
        var cards = all.Sum(e => e.Retrievabilities.Count);
        // The learner's overall rate (Laplace: one right and one wrong imagined), the prior of every task statement.
        var overall = (all.Sum(e => e.Correct + (CardWeight * e.Retrievabilities.Sum())) + 1) / (answers + (CardWeight * cards) + 2);

        var tasks = ExamGuide.TaskStatements.Zip(all, (task, e) =>
        {
            var right = (PriorStrength * overall) + e.Correct + (CardWeight * e.Retrievabilities.Sum());
            var wrong = (PriorStrength * (1 - overall)) + (e.Answers - e.Correct) + (CardWeight * e.Retrievabilities.Sum(r => 1 - r));
            var n = right + wrong;
            var mean = right / n;
            var variance = right * wrong / (n * n * (n + 1));
            return new TaskReadiness(task, e.Answers, e.Correct, e.Retrievabilities.Count, e.Retrievabilities.Count == 0 ? null : e.Retrievabilities.Average(), mean, Math.Sqrt(variance), e.HasNotes);
        }).ToList();

        var tested = tasks.Where(t => t.Answers > 0).Select(t => t.Task.Domain).Distinct().Order().ToList();
        var untested = Enumerable.Range(1, 5).Except(tested).ToList();
        // The weakest by what is known of it for sure: the low end of its own range, heavier domains first on a tie.
        var next = tasks.Where(t => t.HasNotes).OrderBy(t => Math.Round(t.Mean - (Z90 * t.Deviation), 3))
            .ThenByDescending(t => ExamGuide.DomainWeights[t.Task.Domain]).ThenBy(t => t.Task.Id, StringComparer.Ordinal).FirstOrDefault();
        if (answers < MinAnswers)
        {
            return new ReadinessEstimate(false, 0, 0, 0, answers, cards, tested, untested, tasks, next);
        }

        // A domain is the mean of its task statements; their errors are taken as independent.
        double mean = 0, variance = 0;
        foreach (var domain in Enumerable.Range(1, 5))
        {
            var inDomain = tasks.Where(t => t.Task.Domain == domain).ToList();
            var weight = ExamGuide.DomainWeights[domain] / 100.0;
            mean += weight * inDomain.Average(t => t.Mean);
            variance += weight * weight * inDomain.Sum(t => t.Deviation * t.Deviation) / (inDomain.Count * inDomain.Count);
        }

        var spread = Z90 * Math.Sqrt(variance);
        return new ReadinessEstimate(true, Scaled(mean), Scaled(mean - spread), Scaled(mean + spread), answers, cards, tested, untested, tasks, next);
    }

    /// <summary>The scaled score (100–1000) of a share of right answers.</summary>
    public static int Scaled(double share) => (int)Math.Round(100 + (900 * Math.Clamp(share, 0, 1)), MidpointRounding.AwayFromZero);
}
