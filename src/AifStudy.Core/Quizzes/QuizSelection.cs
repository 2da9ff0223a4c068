namespace AifStudy.Core.Quizzes;

/// <summary>
/// Picks the questions of a quiz from a generated pool, deterministically for a seed: spread over sections (one per
/// section before a second from any), and for an exam in proportion to the AIF-C01 domain weights.
/// </summary>
/// <remarks>
/// The generic overloads pick from stand-ins for questions (a position, a kind and a section, say) with the same random
/// draws: which positions are picked depends only on the seed, the count and which section (and domain) each entry of
/// the pool belongs to, in pool order. So a caller that knows a pool's shape can pick first and generate only what it
/// picked.
/// </remarks>
public static class QuizSelection
{
    /// <summary>Up to <paramref name="count"/> questions of <paramref name="pool"/>, round-robin over shuffled sections, in shuffled order.</summary>
    public static IReadOnlyList<QuizQuestion> Pick(IReadOnlyList<QuizQuestion> pool, int count, int seed) =>
        Pick(pool, count, seed, q => (q.NoteSlug, q.SectionAnchor));

    /// <summary>
    /// <see cref="Pick(IReadOnlyList{QuizQuestion}, int, int)"/> over any entries, <paramref name="sectionOf"/> telling
    /// which section (of which note) each belongs to.
    /// </summary>
    public static IReadOnlyList<T> Pick<T, TSection>(IReadOnlyList<T> pool, int count, int seed, Func<T, TSection> sectionOf)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(sectionOf);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var groups = pool.GroupBy(sectionOf)
            .Select(g =>
            {
                var items = g.ToArray();
                random.Shuffle(items);
                return new Queue<T>(items);
            })
            .ToArray();
        random.Shuffle(groups);
        var picked = new List<T>(Math.Min(count, pool.Count));
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
    /// that have questions, each domain's share picked with <see cref="Pick(IReadOnlyList{QuizQuestion}, int, int)"/>. A
    /// domain with fewer questions than its share gives what it has (see <see cref="ExamDraw.Shortfalls"/>); questions
    /// without a domain are not used.
    /// </summary>
    public static ExamDraw DrawExam(IReadOnlyList<QuizQuestion> pool, int count, int seed)
    {
        var draw = DrawExam(pool, count, seed, q => q.Domain, q => (q.NoteSlug, q.SectionAnchor));
        return new ExamDraw(draw.Questions, draw.Allocation, draw.Shortfalls);
    }

    /// <summary><see cref="DrawExam(IReadOnlyList{QuizQuestion}, int, int)"/> over any entries, with their domain and section.</summary>
    public static ExamDraw<T> DrawExam<T, TSection>(IReadOnlyList<T> pool, int count, int seed, Func<T, int?> domainOf, Func<T, TSection> sectionOf)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(domainOf);
        var byDomain = pool.Where(q => domainOf(q) is not null).GroupBy(q => domainOf(q)!.Value).ToDictionary(g => g.Key, g => g.ToList());
        var allocation = QuizScoring.DomainAllocation(count, byDomain.Keys.ToList());
        var questions = new List<T>();
        var shortfalls = new List<DomainShortfall>();
        foreach (var (domain, wanted) in allocation.OrderBy(a => a.Key))
        {
            var picked = Pick(byDomain[domain], wanted, unchecked((seed * 31) + domain), sectionOf);
            questions.AddRange(picked);
            if (picked.Count < wanted)
            {
                shortfalls.Add(new DomainShortfall(domain, picked.Count, wanted));
            }
        }

        var order = questions.ToArray();
        new Random(seed).Shuffle(order);
        return new ExamDraw<T>(order, allocation, shortfalls);
    }
}
