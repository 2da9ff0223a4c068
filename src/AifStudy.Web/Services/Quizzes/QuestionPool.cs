using AifStudy.Core.Notes;
using AifStudy.Core.Quizzes;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Exam;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Services.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>
/// Questions from the stored section tree (<see cref="Section.StructureJson"/>), so a quiz always asks about the notes
/// as they are now and each attempt can use its own seed. Identity across re-imports is the question's
/// <see cref="QuizQuestion.Key"/>; what was asked is kept with the attempt. Each note version is generated once into a
/// <see cref="NoteQuestionIndex"/> (its questions' kinds and sections): the scope list counts those, and a draw picks
/// from them and then generates, with the attempt's seed, only the notes it picked.
/// </summary>
public sealed partial class QuestionPool : IDisposable
{
    private readonly IDbContextFactory<StudyDbContext> _dbFactory;
    private readonly QuestionIndexCache _index;
    private readonly IndexedDraw _draw;
    private readonly JudgedNoteCache _judged = new();

    private static readonly IReadOnlySet<string> EmptyKeys = new HashSet<string>(StringComparer.Ordinal);

    // Replaced whole, never changed: a reader sees an old list or a new one.
    private volatile ScopeList? _lastScopes;

    public QuestionPool(IDbContextFactory<StudyDbContext> dbFactory, ILogger<QuestionPool>? logger = null)
    {
        _dbFactory = dbFactory;
        _index = new QuestionIndexCache(dbFactory);
        _draw = new IndexedDraw(dbFactory, _index, _judged, (ILogger?)logger ?? NullLogger.Instance);
    }

    /// <summary>
    /// Every question the notes in <paramref name="scope"/> support, for <paramref name="seed"/>, note by note: the whole
    /// scope generated, no index. Draws give what picking from this would.
    /// </summary>
    public async Task<IReadOnlyList<QuizQuestion>> GenerateAsync(StudyScope scope, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken);
        return await GenerateAsync(db, ScopedNotes.Of(db, scope), scope.SectionAnchor, seed, cancellationToken);
    }

    /// <summary>Every question of the notes with these slugs, for <paramref name="seed"/>.</summary>
    public async Task<IReadOnlyList<QuizQuestion>> GenerateAsync(IReadOnlyCollection<string> noteSlugs, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(noteSlugs);
        await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken);
        return await GenerateAsync(db, db.Notes.Where(n => noteSlugs.Contains(n.Slug)), null, seed, cancellationToken);
    }

    /// <summary>
    /// Up to <paramref name="count"/> questions of <paramref name="kinds"/> from <paramref name="scope"/>, never one whose key is in
    /// <paramref name="excludedKeys"/> (the learner's reported questions): exactly
    /// <see cref="QuizSelection.Pick(IReadOnlyList{QuizQuestion}, int, int)"/> over <see cref="GenerateAsync(StudyScope, int, CancellationToken)"/>
    /// without those, at the cost of the notes picked from rather than of the scope.
    /// </summary>
    public async Task<IReadOnlyList<QuizQuestion>> DrawAsync(
        StudyScope scope, IReadOnlySet<QuestionKind> kinds, int count, int seed, IReadOnlySet<string>? excludedKeys = null, PlacementMap? placements = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(kinds);
        var excluded = excludedKeys ?? EmptyKeys;
        // A one-note scope costs one generation either way; without the index it needs no first generation at seed 0.
        if (scope.NoteSlug is null
            && await _draw.PoolAsync(scope, kinds, QuestionKeyHash.Of(excluded), placements, cancellationToken) is { } indexed
            && await _draw.ResolveAsync(indexed.Notes, QuizSelection.Pick(indexed.Pool, count, seed, e => e.SectionKey, e => e.Fact), seed, cancellationToken) is { } drawn)
        {
            return Placed(drawn, placements);
        }

        // Drawn from the scope's questions before their wording is judged (the draw reads only kinds, keys, subjects and
        // sections, which judging keeps): only the questions drawn are judged in the seed's wording.
        List<(QuizQuestion Placed, SeededNote Note, QuizQuestion Entry)> pool;
        await using (var db = await _dbFactory.CreateDbContextAsync(cancellationToken))
        {
            pool = [.. (await SeedAsync(db, ScopedNotes.Of(db, scope with { TaskId = null }), scope.SectionAnchor, seed, cancellationToken))
                .Select(e => (Placed: Placed([e.Entry], placements)[0], e.Note, e.Entry))
                .Where(e => kinds.Contains(e.Placed.Kind) && !excluded.Contains(e.Placed.Key) && (scope.TaskId is null || e.Placed.TaskStatement == scope.TaskId))];
        }

        return Placed([.. QuizSelection.Pick(pool, count, seed, e => (e.Placed.NoteSlug, e.Placed.SectionAnchor), e => QuizSelection.FactOf(e.Placed))
            .Select(e => e.Note.Final(e.Entry))], placements);
    }

    /// <summary>
    /// An exam of up to <paramref name="count"/> questions of <paramref name="kinds"/> from all notes, none of <paramref name="excludedKeys"/>:
    /// exactly <see cref="QuizSelection.DrawExam(IReadOnlyList{QuizQuestion}, int, int)"/> over every generated question
    /// but those, generating only the notes drawn from.
    /// </summary>
    public async Task<ExamDraw> DrawExamAsync(
        IReadOnlySet<QuestionKind> kinds, int count, int seed, IReadOnlySet<string>? excludedKeys = null, PlacementMap? placements = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var excluded = excludedKeys ?? EmptyKeys;
        if (await _draw.PoolAsync(StudyScope.All, kinds, QuestionKeyHash.Of(excluded), placements, cancellationToken) is { } indexed)
        {
            var draw = QuizSelection.DrawExam(indexed.Pool, count, seed, e => e.Domain, e => e.SectionKey, e => e.Fact, e => e.Task);
            if (await _draw.ResolveAsync(indexed.Notes, draw.Questions, seed, cancellationToken) is { } drawn)
            {
                return new ExamDraw(Placed(drawn, placements), draw.Allocation, draw.Shortfalls);
            }
        }

        return QuizSelection.DrawExam([.. Placed(await GenerateAsync(StudyScope.All, seed, cancellationToken), placements).Where(q => kinds.Contains(q.Kind) && !excluded.Contains(q.Key))], count, seed);
    }

    /// <summary>
    /// How many questions (of the kinds the portal writes) each section of each note gives on its own, by note slug and
    /// section anchor, from the index (nothing generated for notes already indexed).
    /// </summary>
    public async Task<IReadOnlyDictionary<(string Slug, string Anchor), int>> CountBySectionAsync(CancellationToken cancellationToken = default)
    {
        var counts = new Dictionary<(string, string), int>();
        if (await _draw.PoolAsync(StudyScope.All, QuizSetup.AllKinds, new HashSet<ulong>(), null, cancellationToken) is { } indexed)
        {
            foreach (var entry in indexed.Pool)
            {
                var note = indexed.Notes[entry.Note];
                var key = (note.Version.Slug, note.Sections[entry.Section].Anchor);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }

            return counts;
        }

        foreach (var q in await GenerateAsync(StudyScope.All, NoteQuestionIndex.Seed, cancellationToken))
        {
            var key = (q.NoteSlug, q.SectionAnchor);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    /// <summary>
    /// Every scope with at least one question: all notes, each domain, each note, and each section (counting its
    /// subsections), in domain, note and document order.
    /// </summary>
    public async Task<IReadOnlyList<QuizScopeOption>> GetScopesAsync(CancellationToken cancellationToken = default)
    {
        List<(NoteQuizVersion Version, string Title, int? Domain)> notes;
        await using (var db = await _dbFactory.CreateDbContextAsync(cancellationToken))
        {
            notes = [.. (await db.Notes.AsNoTracking().Select(n => new { n.Id, n.Slug, n.ContentHash, n.ParserVersion, n.Title, n.Domain }).ToListAsync(cancellationToken))
                .Select(n => (new NoteQuizVersion(n.Id, n.Slug, n.ContentHash, n.ParserVersion), n.Title, n.Domain))];
        }

        // The page asks on every visit and the list has an entry per section: while no note changed, it is the last one.
        if (_lastScopes is { } last && last.Notes.SequenceEqual(notes))
        {
            return last.Options;
        }

        var indexes = await _index.GetAsync([.. notes.Select(n => n.Version)], cancellationToken);
        _index.Retain([.. notes.Select(n => n.Version.NoteId)]);
        // A note re-imported meanwhile is counted as it is now; one removed meanwhile is left out.
        var options = QuizScopeList.Build([.. notes.Zip(indexes)
            .Where(p => p.Second is not null)
            .Select(p => new QuizScopeList.Note(p.First.Title, p.First.Domain, p.Second!))]);
        if (notes.Zip(indexes).All(p => p.Second?.Version == p.First.Version))
        {
            _lastScopes = new ScopeList(notes, options);
        }

        return options;
    }

    /// <summary>
    /// How a scope is named in history ("All notes", the domain's label, the note's or the section's title), or null
    /// when its note or section does not exist.
    /// </summary>
    public async Task<string?> LabelAsync(StudyScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.TaskId is { } task && scope.NoteSlug is null)
        {
            return Core.Exam.ExamGuide.Find(task)?.Label;
        }

        if (scope.NoteSlug is not { } slug)
        {
            return scope.Domain is { } domain ? AifDomains.Find(domain)?.Label : "All notes";
        }

        await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken);
        var note = await db.Notes.AsNoTracking().Where(n => n.Slug == slug).Select(n => new { n.Id, n.Title }).SingleOrDefaultAsync(cancellationToken);
        if (note is null || scope.SectionAnchor is not { } anchor)
        {
            return note?.Title;
        }

        return await db.Sections.AsNoTracking().Where(s => s.NoteId == note.Id && s.Anchor == anchor)
            .Select(s => s.Title).FirstOrDefaultAsync(cancellationToken);
    }

    public void Dispose() => _index.Dispose();

    private async Task<IReadOnlyList<QuizQuestion>> GenerateAsync(
        StudyDbContext db, IQueryable<Note> notes, string? sectionAnchor, int seed, CancellationToken cancellationToken) =>
        [.. (await SeedAsync(db, notes, sectionAnchor, seed, cancellationToken)).Select(e => e.Note.Final(e.Entry))];

    // The scope's questions, note by note in slug order, seeded and not yet judged: each with the note that finishes it.
    private async Task<IReadOnlyList<(SeededNote Note, QuizQuestion Entry)>> SeedAsync(
        StudyDbContext db, IQueryable<Note> notes, string? sectionAnchor, int seed, CancellationToken cancellationToken)
    {
        var ids = await notes.Select(n => n.Id).ToListAsync(cancellationToken);
        var stored = await StoredQuizNotes.LoadAsync(db, ids, cancellationToken);
        var entries = new List<(SeededNote, QuizQuestion)>();
        foreach (var note in stored.OrderBy(n => n.Version.Slug, StringComparer.Ordinal))
        {
            var seeded = _judged.Seed(note, seed);
            var anchors = sectionAnchor is { } anchor ? IndexedSection.AnchorsUnder([.. note.Note.Sections.Select(IndexedSection.Of)], anchor) : null;
            entries.AddRange(seeded.Shape.Where(q => anchors is null || anchors.Contains(q.SectionAnchor)).Select(q => (seeded, q)));
        }

        return entries;
    }

    private sealed record ScopeList(IReadOnlyList<(NoteQuizVersion Version, string Title, int? Domain)> Notes, IReadOnlyList<QuizScopeOption> Options);
}
