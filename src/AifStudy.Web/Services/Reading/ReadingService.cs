using System.Collections.Concurrent;
using System.Linq.Expressions;
using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Reading;

/// <summary>
/// Per-learner reading progress: sections marked read (by hand or by scrolling through them) and the language a
/// bilingual note is read in. Marks are keyed by note slug and section anchor, so they survive re-imports.
/// </summary>
public sealed class ReadingService(IDbContextFactory<StudyDbContext> dbFactory, TimeProvider time)
{
    /// <summary>Sections that count towards progress: those under a heading with a body of their own.</summary>
    public static readonly Expression<Func<Section, bool>> IsReadable = s => s.Level > 0 && !s.IsEmpty;

    /// <summary>A bound on <see cref="_readings"/>: past it the copies are dropped and read again as needed.</summary>
    private const int MaxKept = 10_000;

    /// <summary>Per learner and note, how many times this service changed their reading marks or language.</summary>
    private readonly ConcurrentDictionary<(int LearnerId, string NoteSlug), long> _writes = new();

    /// <summary>
    /// Per learner and note, the reading state as read, with the write count it was read at: a copy is used only while
    /// no write came after it. This service is the only writer of reading marks and languages.
    /// </summary>
    private readonly ConcurrentDictionary<(int LearnerId, string NoteSlug), (long Writes, NoteReading Reading)> _readings = new();

    public async Task<NoteReading> GetNoteAsync(int learnerId, string noteSlug, CancellationToken cancellationToken = default)
    {
        var key = (learnerId, noteSlug);
        // Read before the database: a write that commits in between leaves this copy older than the count, so it is not used.
        var writes = _writes.GetValueOrDefault(key);
        if (_readings.TryGetValue(key, out var kept) && kept.Writes == writes)
        {
            return kept.Reading;
        }

        var reading = await ReadNoteAsync(learnerId, noteSlug, cancellationToken);
        if (_readings.Count >= MaxKept)
        {
            _readings.Clear();
        }

        _readings[key] = (writes, reading);
        return reading;
    }

    private async Task<NoteReading> ReadNoteAsync(int learnerId, string noteSlug, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var anchors = await db.SectionReads.AsNoTracking()
            .Where(r => r.LearnerId == learnerId && r.NoteSlug == noteSlug)
            .Select(r => r.SectionAnchor)
            .ToListAsync(cancellationToken);
        var language = await db.NoteReadingPreferences.AsNoTracking()
            .Where(p => p.LearnerId == learnerId && p.NoteSlug == noteSlug)
            .Select(p => (ReadingLanguage?)p.Language)
            .SingleOrDefaultAsync(cancellationToken);
        return new NoteReading(anchors, language ?? ReadingLanguage.Both);
    }

    /// <summary>
    /// Marks a section read (now, so it becomes the place to continue from) or unread. Returns false, changing nothing,
    /// when the note has no readable section with that anchor.
    /// </summary>
    public async Task<bool> SetReadAsync(int learnerId, string noteSlug, string sectionAnchor, bool read, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var exists = await db.Sections.Where(IsReadable)
            .AnyAsync(s => s.Note!.Slug == noteSlug && s.Anchor == sectionAnchor, cancellationToken);
        if (!exists)
        {
            return false;
        }

        var mark = await db.SectionReads.FindAsync([learnerId, noteSlug, sectionAnchor], cancellationToken);
        if (!read)
        {
            if (mark is not null)
            {
                db.SectionReads.Remove(mark);
            }
        }
        else if (mark is null)
        {
            db.SectionReads.Add(new SectionRead { LearnerId = learnerId, NoteSlug = noteSlug, SectionAnchor = sectionAnchor, ReadAt = time.GetUtcNow() });
        }
        else
        {
            mark.ReadAt = time.GetUtcNow();
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (read && mark is null)
        {
            // A scroll report and a click marked the same section at once: the other one's row stands.
        }
        finally
        {
            Written(learnerId, noteSlug);
        }

        return true;
    }

    public async Task SetLanguageAsync(int learnerId, string noteSlug, ReadingLanguage language, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.NoteReadingPreferences.FindAsync([learnerId, noteSlug], cancellationToken);
        if (stored is null)
        {
            db.NoteReadingPreferences.Add(new NoteReadingPreference { LearnerId = learnerId, NoteSlug = noteSlug, Language = language });
        }
        else
        {
            stored.Language = language;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            Written(learnerId, noteSlug);
        }
    }

    private void Written(int learnerId, string noteSlug)
    {
        _writes.AddOrUpdate((learnerId, noteSlug), 1, (_, count) => count + 1);
        _readings.TryRemove((learnerId, noteSlug), out _);
    }

    /// <summary>Progress of every note, by slug. Marks of sections that no longer exist do not count.</summary>
    public async Task<IReadOnlyDictionary<string, NoteProgress>> GetProgressAsync(int learnerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var readable = db.Sections.Where(IsReadable);
        var totals = await readable.GroupBy(s => s.Note!.Slug)
            .Select(g => new { Slug = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var read = await readable
            .Where(s => db.SectionReads.Any(r => r.LearnerId == learnerId && r.NoteSlug == s.Note!.Slug && r.SectionAnchor == s.Anchor))
            .GroupBy(s => s.Note!.Slug)
            .Select(g => new { Slug = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Slug, g => g.Count, cancellationToken);
        return totals.ToDictionary(t => t.Slug, t => new NoteProgress(read.GetValueOrDefault(t.Slug), t.Count), StringComparer.Ordinal);
    }

    /// <summary>The latest section marked read that still exists, or null.</summary>
    public async Task<LastRead?> GetLastReadAsync(int learnerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.SectionReads.AsNoTracking()
            .Where(r => r.LearnerId == learnerId)
            .OrderByDescending(r => r.ReadAt)
            .SelectMany(
                r => db.Sections.Where(s => s.Note!.Slug == r.NoteSlug && s.Anchor == r.SectionAnchor),
                (r, s) => new LastRead(r.NoteSlug, s.Note!.Title, r.SectionAnchor, s.Title, r.ReadAt))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
