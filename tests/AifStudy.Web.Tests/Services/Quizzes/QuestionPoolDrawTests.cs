using AifStudy.Core.Quizzes;
using AifStudy.Tests.Shared;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Services.Quizzes;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.Extensions.Logging;

namespace AifStudy.Web.Tests.Services.Quizzes;

/// <summary>
/// Draws pick from each note version's index and generate only the notes picked from; they must give exactly what
/// picking from the whole scope generated gives, and follow every re-import.
/// </summary>
public sealed class QuestionPoolDrawTests
{
    private const string NewSection = """


        ## 9、量子计算术语

        - 量子比特：量子计算中存储信息的基本单位，可以同时处于多个状态的叠加。
        - 量子纠缠：两个量子比特之间存在的关联，测量其中一个会立即影响另一个的状态。
        - 量子退火：一种利用量子涨落在能量景观中寻找全局最小值的优化方法。
        - 量子门：对量子比特执行操作的基本电路元件，类似经典计算中的逻辑门。

        """;

    // A subset of the kinds, with kinds the default generation leaves out among them.
    private static readonly IReadOnlySet<QuestionKind> Some = new HashSet<QuestionKind> { QuestionKind.MultipleChoice, QuestionKind.Cloze };

    [Fact]
    public async Task A_draw_asks_exactly_what_picking_from_the_whole_generated_scope_asks()
    {
        using var harness = await QuizHarness.CreateAsync();
        var log = new RecordingLogger();
        using var pool = new QuestionPool(harness.Database, log);
        var all = await pool.GenerateAsync(StudyScope.All, 0);
        var section = all.GroupBy(q => (q.NoteSlug, q.SectionAnchor)).OrderByDescending(g => g.Count()).First().First();
        StudyScope[] scopes = [StudyScope.All, StudyScope.ForDomain(all[0].Domain!.Value), StudyScope.ForNote(section.NoteSlug), StudyScope.ForSection(section.NoteSlug, section.SectionAnchor)];

        foreach (var seed in new[] { 1, 42, 2026 })
        {
            foreach (var scope in scopes)
            {
                foreach (var (kinds, count) in new[] { (QuizSetup.AllKinds, 10), (Some, 50) })
                {
                    var generated = await pool.GenerateAsync(scope, seed);
                    var expected = QuizSelection.Pick([.. generated.Where(q => kinds.Contains(q.Kind))], count, seed);

                    var drawn = await pool.DrawAsync(scope, kinds, count, seed);

                    Assert.NotEmpty(drawn);
                    Assert.Equal(expected.Select(Describe), drawn.Select(Describe));
                }
            }
        }

        Assert.Empty(log.Messages);
    }

    [Fact]
    public async Task An_exam_draw_is_exactly_the_draw_from_every_generated_question()
    {
        using var harness = await QuizHarness.CreateAsync();
        foreach (var seed in new[] { 3, 77 })
        {
            var generated = await harness.Pool.GenerateAsync(StudyScope.All, seed);
            var expected = QuizSelection.DrawExam([.. generated.Where(q => QuizStarter.ExamKinds.Contains(q.Kind))], QuizStarter.ExamQuestionCount, seed);

            var drawn = await harness.Pool.DrawExamAsync(QuizStarter.ExamKinds, QuizStarter.ExamQuestionCount, seed);

            Assert.Equal(expected.Questions.Select(Describe), drawn.Questions.Select(Describe));
            Assert.Equal(expected.Allocation, drawn.Allocation);
            Assert.Equal(expected.Shortfalls, drawn.Shortfalls);
        }
    }

    [Fact]
    public async Task The_scope_list_counts_the_questions_generation_gives()
    {
        using var harness = await QuizHarness.CreateAsync();
        var generated = await harness.Pool.GenerateAsync(StudyScope.All, 0);

        var scopes = await harness.Pool.GetScopesAsync();

        Assert.Equal(generated.Count, scopes[0].QuestionCount);
        foreach (var option in scopes.Where(o => o.Level == 2))
        {
            Assert.Equal(generated.Count(q => q.NoteSlug == option.Scope.NoteSlug), option.QuestionCount);
        }

        foreach (var option in scopes.Where(o => o.Level > 2))
        {
            Assert.Equal((await harness.Pool.GenerateAsync(option.Scope, 0)).Count, option.QuestionCount);
        }
    }

    [Fact]
    public async Task An_edited_note_is_counted_and_drawn_as_it_is_after_the_re_import()
    {
        using var harness = await QuizHarness.CreateAsync();
        const string slug = "domain-3-fm-applications";
        var domain = StudyScope.ForDomain(3);
        var before = (await harness.Pool.GetScopesAsync()).Single(o => o.Scope == StudyScope.ForNote(slug));
        await harness.Pool.DrawAsync(domain, QuizSetup.AllKinds, 10, 5);

        harness.Review.Import.Content.Append("domain-3-fm-applications.md", NewSection);
        await harness.Review.Import.Importer.ImportAsync();
        var scopes = await harness.Pool.GetScopesAsync();

        var after = scopes.Single(o => o.Scope == StudyScope.ForNote(slug));
        Assert.Equal((await harness.Pool.GenerateAsync(after.Scope, 0)).Count, after.QuestionCount);
        Assert.True(after.QuestionCount > before.QuestionCount);
        var added = scopes.Single(o => o.Label.Contains("量子计算术语", StringComparison.Ordinal)).Scope;
        // More than the domain holds: every question is drawn, the new section's among them.
        var expected = QuizSelection.Pick(await harness.Pool.GenerateAsync(domain, 9), 1000, 9);
        var drawn = await harness.Pool.DrawAsync(domain, QuizSetup.AllKinds, 1000, 9);
        Assert.Equal(expected.Select(Describe), drawn.Select(Describe));
        Assert.Contains(drawn, q => q.NoteSlug == slug && q.SectionAnchor == added.SectionAnchor);
    }

    [Fact]
    public async Task The_exam_draws_a_note_with_no_domain_by_its_sections_classification()
    {
        using var harness = await QuizHarness.CreateAsync();
        harness.Review.Import.Content.Write("whole-exam.md", ExamNotes.WholeExam);
        await harness.Review.Import.Importer.ImportAsync();

        var domains = new HashSet<int?>();
        foreach (var seed in new[] { 1, 2, 3, 4 })
        {
            var exam = await harness.Pool.DrawExamAsync(QuizStarter.ExamKinds, QuizStarter.ExamQuestionCount, seed);
            domains.UnionWith(exam.Questions.Where(q => q.NoteSlug == "whole-exam").Select(q => q.Domain));
            // Domain 5 exists only through this note's security section.
            Assert.Contains(5, exam.Allocation.Keys);
        }

        Assert.Contains(3, domains);
        Assert.Contains(5, domains);
    }

    [Fact]
    public async Task A_removed_note_is_neither_listed_nor_drawn()
    {
        using var harness = await QuizHarness.CreateAsync();
        const string slug = "foundation-model-basics";
        Assert.Contains(await harness.Pool.GetScopesAsync(), o => o.Scope.NoteSlug == slug);

        harness.Review.Import.Content.Delete("foundation-model-basics.md");
        await harness.Review.Import.Importer.ImportAsync();

        Assert.DoesNotContain(await harness.Pool.GetScopesAsync(), o => o.Scope.NoteSlug == slug);
        foreach (var seed in new[] { 1, 2, 3 })
        {
            // Every question the other notes hold, up to ten: the draw is full and none is from the removed note.
            var left = (await harness.Pool.GenerateAsync(StudyScope.All, seed)).Count;
            Assert.True(left > 0);
            var drawn = await harness.Pool.DrawAsync(StudyScope.All, QuizSetup.AllKinds, 10, seed);
            Assert.Equal(Math.Min(10, left), drawn.Count);
            Assert.DoesNotContain(drawn, q => q.NoteSlug == slug);
            var exam = await harness.Pool.DrawExamAsync(QuizStarter.ExamKinds, QuizStarter.ExamQuestionCount, seed);
            Assert.DoesNotContain(exam.Questions, q => q.NoteSlug == slug);
        }
    }

    [Fact]
    public async Task Quizzes_started_at_once_on_a_cold_pool_ask_what_they_would_one_by_one()
    {
        using var harness = await QuizHarness.CreateAsync();
        int[] seeds = [1, 2, 3, 4, 5, 6];
        var expected = new List<string>();
        foreach (var seed in seeds)
        {
            expected.Add(string.Join("\n", QuizSelection.Pick(await harness.Pool.GenerateAsync(StudyScope.All, seed), 10, seed).Select(Describe)));
        }

        using var cold = new QuestionPool(harness.Database);
        var drawn = await Task.WhenAll(seeds.Select(seed => Task.Run(() => cold.DrawAsync(StudyScope.All, QuizSetup.AllKinds, 10, seed))));

        Assert.Equal(expected, drawn.Select(d => string.Join("\n", d.Select(Describe))));
    }

    [Fact]
    public async Task Once_indexed_the_scope_list_reads_no_section_text_and_a_draw_only_that_of_the_notes_it_picks_from()
    {
        using var harness = await QuizHarness.CreateAsync();
        var log = new RecordingLogger();
        using var pool = new QuestionPool(harness.Database, log);
        await pool.GetScopesAsync();
        harness.Database.Commands.Clear();

        await pool.GetScopesAsync();
        Assert.DoesNotContain(harness.Database.Commands.All, c => c.Contains("StructureJson", StringComparison.Ordinal));

        foreach (var seed in Enumerable.Range(1, 20))
        {
            harness.Database.Commands.Clear();
            await pool.DrawAsync(StudyScope.All, QuizSetup.AllKinds, 1, seed);
            Assert.Single(harness.Database.Commands.All, c => c.Contains("StructureJson", StringComparison.Ordinal));
        }

        await pool.DrawExamAsync(QuizStarter.ExamKinds, QuizStarter.ExamQuestionCount, 1);
        Assert.Empty(log.Messages);
    }

    private static string Describe(QuizQuestion q) =>
        $"{q.Key}|{q.Kind}|{q.NoteSlug}#{q.SectionAnchor}|{q.Prompt}|{string.Join("/", q.Options)}|{string.Join(",", q.CorrectIndexes)}|{string.Join("/", q.Items)}";

    // What the pool says when it falls back to generating a whole scope: nothing, while the index is right.
    private sealed class RecordingLogger : ILogger<QuestionPool>
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add(formatter(state, exception));
    }
}
