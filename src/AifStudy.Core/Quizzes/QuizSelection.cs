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
    /// <summary>
    /// Up to <paramref name="count"/> questions of <paramref name="pool"/>, round-robin over shuffled sections, in shuffled
    /// order; one question per fact (<see cref="FactOf"/>) before a second on any fact.
    /// </summary>
    public static IReadOnlyList<QuizQuestion> Pick(IReadOnlyList<QuizQuestion> pool, int count, int seed) =>
        Pick(pool, count, seed, q => (q.NoteSlug, q.SectionAnchor), FactOf);

    /// <summary>
    /// What a question asks, the same for a definition asked both ways ("which describes X" and "which term is this"):
    /// the note, section and term of a definition question, else the question's own key.
    /// </summary>
    public static string FactOf(QuizQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Subject is { } subject && subject.IndexOf(':', StringComparison.Ordinal) is var colon and > 0
            && subject[..colon] is "term" or "definition" or "truefalse"
            ? $"{question.NoteSlug}#{question.SectionAnchor}#{subject[(colon + 1)..]}"
            : question.Key;
    }

    /// <summary>
    /// <see cref="Pick(IReadOnlyList{QuizQuestion}, int, int)"/> over any entries, <paramref name="sectionOf"/> telling
    /// which section (of which note) each belongs to.
    /// </summary>
    public static IReadOnlyList<T> Pick<T, TSection>(IReadOnlyList<T> pool, int count, int seed, Func<T, TSection> sectionOf) =>
        Pick<T, TSection, T>(pool, count, seed, sectionOf, null);

    /// <summary>
    /// As <see cref="Pick{T, TSection}"/>, taking one entry per fact (<paramref name="factOf"/>) before a second on any
    /// fact: a quiz does not ask a definition both ways while other questions are left.
    /// </summary>
    public static IReadOnlyList<T> Pick<T, TSection, TFact>(IReadOnlyList<T> pool, int count, int seed, Func<T, TSection> sectionOf, Func<T, TFact>? factOf)
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
        var asked = new HashSet<TFact>();
        var again = new List<T>();
        while (picked.Count < count && groups.Any(g => g.Count > 0))
        {
            foreach (var group in groups.Where(g => g.Count > 0))
            {
                if (picked.Count == count)
                {
                    break;
                }

                // The group's next entry on a fact not asked yet; the ones passed over wait for the end.
                while (group.Count > 0)
                {
                    var entry = group.Dequeue();
                    if (factOf is null || asked.Add(factOf(entry)))
                    {
                        picked.Add(entry);
                        break;
                    }

                    again.Add(entry);
                }
            }
        }

        picked.AddRange(again.Take(count - picked.Count));

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
        var draw = DrawExam(pool, count, seed, q => q.Domain, q => (q.NoteSlug, q.SectionAnchor), FactOf, q => q.TaskStatement);
        return new ExamDraw(draw.Questions, draw.Allocation, draw.Shortfalls);
    }

    /// <summary><see cref="DrawExam(IReadOnlyList{QuizQuestion}, int, int)"/> over any entries, with their domain and section.</summary>
    public static ExamDraw<T> DrawExam<T, TSection>(IReadOnlyList<T> pool, int count, int seed, Func<T, int?> domainOf, Func<T, TSection> sectionOf) =>
        DrawExam<T, TSection, T>(pool, count, seed, domainOf, sectionOf, null);

    /// <summary>
    /// As <see cref="DrawExam{T, TSection}"/>, one entry per fact (<paramref name="factOf"/>) before a second; with
    /// <paramref name="taskOf"/>, each domain's share is spread evenly over its task statements (a task statement with
    /// fewer questions than its part gives what it has and the others make up the rest), as the exam guide spreads a
    /// domain over its task statements rather than over however many sections a note gives each.
    /// </summary>
    public static ExamDraw<T> DrawExam<T, TSection, TFact>(
        IReadOnlyList<T> pool, int count, int seed, Func<T, int?> domainOf, Func<T, TSection> sectionOf, Func<T, TFact>? factOf, Func<T, string?>? taskOf = null)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(domainOf);
        var byDomain = pool.Where(q => domainOf(q) is not null).GroupBy(q => domainOf(q)!.Value).ToDictionary(g => g.Key, g => g.ToList());
        var allocation = QuizScoring.DomainAllocation(count, byDomain.Keys.ToList());
        var questions = new List<T>();
        var shortfalls = new List<DomainShortfall>();
        foreach (var (domain, wanted) in allocation.OrderBy(a => a.Key))
        {
            var domainSeed = unchecked((seed * 31) + domain);
            var picked = taskOf is null ? Pick(byDomain[domain], wanted, domainSeed, sectionOf, factOf) : PickByTask(byDomain[domain], wanted, domainSeed, taskOf, sectionOf, factOf);
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

    // A domain's share over its task statements: one question at a time to each task statement that has any left, in
    // a seeded order, then each task statement's part picked over its sections as Pick does.
    private static List<T> PickByTask<T, TSection, TFact>(
        List<T> pool, int wanted, int seed, Func<T, string?> taskOf, Func<T, TSection> sectionOf, Func<T, TFact>? factOf)
    {
        var tasks = pool.GroupBy(e => taskOf(e) ?? "", StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.ToList()).ToArray();
        new Random(seed).Shuffle(tasks);
        var parts = new int[tasks.Length];
        for (var left = Math.Min(wanted, pool.Count); left > 0;)
        {
            for (var t = 0; t < tasks.Length && left > 0; t++)
            {
                if (parts[t] < tasks[t].Count)
                {
                    parts[t]++;
                    left--;
                }
            }
        }

        var picked = new List<T>(wanted);
        for (var t = 0; t < tasks.Length; t++)
        {
            picked.AddRange(Pick(tasks[t], parts[t], unchecked(seed + (t * 7919)), sectionOf, factOf));
        }

        return picked;
    }
}
