namespace AifStudy.Core.Quizzes;

/// <summary>
/// Marks answers and turns a quiz result into an exam-like score. Every question is all-or-nothing, as on the
/// AIF-C01 exam: no partial credit for a half-right ordering, matching or "choose two".
/// </summary>
public static class QuizScoring
{
    /// <summary>Lowest scaled score (nothing right).</summary>
    public const int MinScore = 100;

    /// <summary>Highest scaled score (everything right).</summary>
    public const int MaxScore = 1000;

    /// <summary>The AIF-C01 passing score.</summary>
    public const int PassingScore = 700;

    /// <summary>Official AIF-C01 domain weights in percent, domain 1..5.</summary>
    public static IReadOnlyDictionary<int, int> DomainWeights { get; } = new Dictionary<int, int>
    {
        [1] = 20,
        [2] = 24,
        [3] = 28,
        [4] = 14,
        [5] = 14,
    };

    /// <summary>
    /// True when <paramref name="chosen"/> answers <paramref name="question"/>: the one right option for multiple choice
    /// and true/false; all and only the right options (any order) for multiple response; the exact sequence for ordering;
    /// for matching, <c>chosen[i]</c> is the option picked for <c>Items[i]</c> and every pick must be right.
    /// Use <see cref="IsCorrect(QuizQuestion, string)"/> for a cloze.
    /// </summary>
    public static bool IsCorrect(QuizQuestion question, IReadOnlyList<int> chosen)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(chosen);
        return question.Kind switch
        {
            QuestionKind.MultipleResponse =>
                chosen.Distinct().Count() == chosen.Count && chosen.Order().SequenceEqual(question.CorrectIndexes.Order()),
            QuestionKind.Cloze => false,
            _ => chosen.SequenceEqual(question.CorrectIndexes),
        };
    }

    /// <summary>True when <paramref name="typed"/> is an accepted answer of a cloze question (see <see cref="AnswerMatcher"/>).</summary>
    public static bool IsCorrect(QuizQuestion question, string typed)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Kind == QuestionKind.Cloze && AnswerMatcher.IsCorrect(typed, question.AcceptedAnswers);
    }

    /// <summary>
    /// The score on the exam's 100..1000 scale, linear in the share answered right:
    /// <c>100 + 900 × correct / total</c>, rounded half away from zero. 0 right is 100, all right is 1000, and two thirds
    /// right is exactly 700, the pass mark (AWS does not publish its scaling; this mapping is our own choice).
    /// </summary>
    public static int ScaledScore(int correct, int total)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(total);
        ArgumentOutOfRangeException.ThrowIfNegative(correct);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(correct, total);
        return MinScore + (int)Math.Round((MaxScore - MinScore) * (decimal)correct / total, MidpointRounding.AwayFromZero);
    }

    /// <summary>True when <paramref name="scaledScore"/> is at least <see cref="PassingScore"/>.</summary>
    public static bool Passes(int scaledScore) => scaledScore >= PassingScore;

    /// <summary>
    /// How many of <paramref name="questionCount"/> questions each domain gets: the official weights re-normalised over the
    /// domains that have notes, rounded by largest remainder (ties to the lower domain number) so the counts add up to
    /// exactly <paramref name="questionCount"/>. Domains outside 1..5 are ignored; every present domain is in the result.
    /// </summary>
    public static IReadOnlyDictionary<int, int> DomainAllocation(int questionCount, IReadOnlyCollection<int> domainsWithNotes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(questionCount);
        ArgumentNullException.ThrowIfNull(domainsWithNotes);
        var domains = domainsWithNotes.Where(DomainWeights.ContainsKey).Distinct().Order().ToList();
        var result = domains.ToDictionary(d => d, _ => 0);
        if (domains.Count == 0)
        {
            return result;
        }

        var totalWeight = domains.Sum(d => DomainWeights[d]);
        var remainders = new List<(int Domain, long Remainder)>();
        foreach (var d in domains)
        {
            // Integer arithmetic: quota = count × weight / totalWeight, remainder kept exactly.
            var scaled = (long)questionCount * DomainWeights[d];
            result[d] = (int)(scaled / totalWeight);
            remainders.Add((d, scaled % totalWeight));
        }

        var left = questionCount - result.Values.Sum();
        foreach (var (d, _) in remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.Domain).Take(left))
        {
            result[d]++;
        }

        return result;
    }
}
