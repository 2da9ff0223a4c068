namespace AifStudy.Core.Quizzes;

/// <summary>
/// Picks the questions of a quiz from a generated pool, deterministically for a seed: spread over sections (one per
/// section before a second from any), and for an exam in proportion to the AIF-C01 domain weights.
/// </summary>
public static class QuizSelection
{
    /// <summary>Up to <paramref name="count"/> questions of <paramref name="pool"/>, round-robin over shuffled sections, in shuffled order.</summary>
    public static IReadOnlyList<QuizQuestion> Pick(IReadOnlyList<QuizQuestion> pool, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var groups = pool.GroupBy(q => (q.NoteSlug, q.SectionAnchor))
            .Select(g =>
            {
                var items = g.ToArray();
                random.Shuffle(items);
                return new Queue<QuizQuestion>(items);
            })
            .ToArray();
        random.Shuffle(groups);
        var picked = new List<QuizQuestion>(Math.Min(count, pool.Count));
        while (picked.Count < count && groups.Any(g => g.Count > 0))
        {
            foreach (var group in groups.Where(g => g.Count > 0))
            {
                if (picked.Count == count)
                {
                    break;
                }

                picked.Add(group.Dequeue());
            }
        }

        var result = picked.ToArray();
        random.Shuffle(result);
        return result;
    }

    /// <summary>
    /// An exam of up to <paramref name="count"/> questions: <see cref="QuizScoring.DomainAllocation"/> over the domains
    /// that have questions, each domain's share picked with <see cref="Pick"/>. A domain with fewer questions than its
    /// share gives what it has (see <see cref="ExamDraw.Shortfalls"/>); questions without a domain are not used.
    /// </summary>
    public static ExamDraw DrawExam(IReadOnlyList<QuizQuestion> pool, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var byDomain = pool.Where(q => q.Domain is not null).GroupBy(q => q.Domain!.Value).ToDictionary(g => g.Key, g => g.ToList());
        var allocation = QuizScoring.DomainAllocation(count, byDomain.Keys.ToList());
        var questions = new List<QuizQuestion>();
        var shortfalls = new List<DomainShortfall>();
        foreach (var (domain, wanted) in allocation.OrderBy(a => a.Key))
        {
            var picked = Pick(byDomain[domain], wanted, unchecked((seed * 31) + domain));
            questions.AddRange(picked);
            if (picked.Count < wanted)
            {
                shortfalls.Add(new DomainShortfall(domain, picked.Count, wanted));
            }
        }

        var order = questions.ToArray();
        new Random(seed).Shuffle(order);
        return new ExamDraw(order, allocation, shortfalls);
    }
}
