using AifStudy.Core.Quizzes;

namespace AifStudy.Core.Tests.Quizzes;

public sealed class QuizSelectionTests
{
    private static QuizQuestion Q(string section, int n, int? domain = 1) => new()
    {
        Key = $"{section}-{n}",
        Kind = QuestionKind.MultipleChoice,
        Domain = domain,
        NoteSlug = "note",
        SectionAnchor = section,
        Prompt = "?",
        Explanation = ".",
    };

    // A definition asked both ways: "which describes X" (term:X) and "which term is this" (definition:X).
    private static QuizQuestion Asked(string subject, int n) => Q("a", n) with { Subject = subject };

    [Fact]
    public void Pick_asks_each_fact_once_before_it_asks_any_fact_the_other_way()
    {
        var pool = new[] { Asked("term:推理", 1), Asked("definition:推理", 2), Asked("term:嵌入", 3), Asked("definition:嵌入", 4), Asked("term:向量", 5) };

        foreach (var seed in Enumerable.Range(1, 20))
        {
            var picked = QuizSelection.Pick(pool, 3, seed);
            Assert.Equal(3, picked.Select(QuizSelection.FactOf).Distinct().Count());
            Assert.Equal(5, QuizSelection.Pick(pool, 5, seed).Count);
        }

        Assert.Equal(QuizSelection.FactOf(pool[0]), QuizSelection.FactOf(pool[1]));
        Assert.NotEqual(QuizSelection.FactOf(pool[0]), QuizSelection.FactOf(pool[2]));
        Assert.Equal(pool[0].Key, QuizSelection.FactOf(pool[0] with { Subject = "mindmap:x" }));
    }

    [Fact]
    public void Pick_takes_one_question_per_section_before_a_second_from_any_and_is_the_same_for_a_seed()
    {
        var pool = new[] { Q("a", 1), Q("a", 2), Q("a", 3), Q("a", 4), Q("b", 1), Q("c", 1) };

        var picked = QuizSelection.Pick(pool, 4, seed: 5);

        Assert.Equal(4, picked.Count);
        Assert.Equal(["a", "a", "b", "c"], picked.Select(q => q.SectionAnchor).Order());
        Assert.Equal(picked.Select(q => q.Key), QuizSelection.Pick(pool, 4, seed: 5).Select(q => q.Key));
        Assert.Equal(6, QuizSelection.Pick(pool, 10, seed: 5).Count);
    }

    [Fact]
    public void An_exam_follows_the_domain_weights_and_reports_a_domain_that_cannot_fill_its_share()
    {
        var pool = Enumerable.Range(0, 40).Select(i => Q($"s{i % 7}", i, 1))
            .Concat(Enumerable.Range(0, 10).Select(i => Q($"t{i}", i, 2)))
            .Append(Q("x", 0, null))
            .ToList();

        var draw = QuizSelection.DrawExam(pool, 65, seed: 3);

        Assert.Equal(new Dictionary<int, int> { [1] = 30, [2] = 35 }, draw.Allocation);
        Assert.Equal([new DomainShortfall(2, 10, 35)], draw.Shortfalls);
        Assert.Equal(40, draw.Questions.Count);
        Assert.DoesNotContain(draw.Questions, q => q.Domain is null);
        Assert.Equal(draw.Questions.Count, draw.Questions.Select(q => q.Key).Distinct().Count());
    }

    [Fact]
    public void Stand_ins_with_the_sections_and_domains_of_a_pool_are_picked_at_the_same_positions()
    {
        var pool = Enumerable.Range(0, 60).Select(i => Q($"s{i % 9}", i, i % 3 == 0 ? 2 : 1)).ToList();
        var standIns = pool.Select((q, i) => (Position: i, Section: q.SectionAnchor, q.Domain)).ToList();

        foreach (var seed in new[] { 1, 8, 2026 })
        {
            var picked = QuizSelection.Pick(standIns, 12, seed, s => s.Section).Select(s => pool[s.Position]);
            Assert.Equal(QuizSelection.Pick(pool, 12, seed), picked);

            var exam = QuizSelection.DrawExam(standIns, 20, seed, s => s.Domain, s => s.Section);
            var expected = QuizSelection.DrawExam(pool, 20, seed);
            Assert.Equal(expected.Questions, exam.Questions.Select(s => pool[s.Position]));
            Assert.Equal(expected.Allocation, exam.Allocation);
            Assert.Equal(expected.Shortfalls, exam.Shortfalls);
        }
    }

    [Fact]
    public void An_exam_spreads_a_domains_share_over_its_task_statements_not_over_its_sections()
    {
        // Task 3.1 has ten one-question sections, task 3.2 two sections of five: by sections alone 3.1 would take most.
        var pool = Enumerable.Range(0, 10).Select(i => (Section: $"a{i}", Task: "3.1", Domain: (int?)3))
            .Concat(Enumerable.Range(0, 10).Select(i => (Section: $"b{i % 2}", Task: "3.2", Domain: (int?)3)))
            .ToList();

        foreach (var seed in new[] { 1, 8, 2026 })
        {
            var exam = QuizSelection.DrawExam(pool, 6, seed, e => e.Domain, e => e.Section, e => e, e => e.Task);

            Assert.Equal(6, exam.Questions.Count);
            Assert.Equal(3, exam.Questions.Count(e => e.Task == "3.1"));
            Assert.Equal(3, exam.Questions.Count(e => e.Task == "3.2"));
        }

        // A task statement with fewer questions than its part gives what it has; the others make up the rest.
        var thin = pool.Where(e => e.Task == "3.1").Append((Section: "b0", Task: "3.2", Domain: (int?)3)).ToList();
        var drawn = QuizSelection.DrawExam(thin, 6, 5, e => e.Domain, e => e.Section, e => e, e => e.Task);
        Assert.Equal((5, 1), (drawn.Questions.Count(e => e.Task == "3.1"), drawn.Questions.Count(e => e.Task == "3.2")));
    }
}
