using AifStudy.Core.Notes;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services;

/// <summary>Read-only queries for pages. Each call uses its own short-lived context; results are not tracked.</summary>
public sealed class NoteCatalog(IDbContextFactory<StudyDbContext> dbFactory)
{
    /// <summary>
    /// The five AIF-C01 domains in exam order, each with its notes (possibly none), followed by an
    /// "Unassigned" group (<see cref="DomainNotes.Domain"/> null) only when some notes have no known domain.
    /// </summary>
    public async Task<IReadOnlyList<DomainNotes>> GetDomainsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var notes = await db.Notes.AsNoTracking()
            .OrderBy(n => n.Title).ThenBy(n => n.Slug)
            .Select(n => new
            {
                n.Domain,
                Summary = new NoteSummary(n.Slug, n.Title, n.Languages, n.SectionCount, n.Sections.Count(s => !s.IsEmpty)),
            })
            .ToListAsync(cancellationToken);

        var groups = AifDomains.All
            .Select(d => new DomainNotes(d, [.. notes.Where(n => n.Domain == d.Number).Select(n => n.Summary)]))
            .ToList();
        var unassigned = notes.Where(n => AifDomains.Find(n.Domain) is null).Select(n => n.Summary).ToList();
        if (unassigned.Count > 0)
        {
            groups.Add(new DomainNotes(null, unassigned));
        }

        return groups;
    }

    /// <summary>The note with this slug and its sections' headings (without bodies) in document order, or null.</summary>
    public async Task<Note?> GetNoteAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var note = await db.Notes.AsNoTracking().SingleOrDefaultAsync(n => n.Slug == slug, cancellationToken);
        if (note is null)
        {
            return null;
        }

        // The page needs the sections' headings only; their bodies and structure would triple what every page view reads.
        note.Sections = await db.Sections.AsNoTracking().Where(s => s.NoteId == note.Id).OrderBy(s => s.Position)
            .Select(s => new Section
            {
                Id = s.Id, NoteId = s.NoteId, Position = s.Position, ParentPosition = s.ParentPosition, Level = s.Level, Title = s.Title,
                PathText = s.PathText, Anchor = s.Anchor, Line = s.Line, IsEmpty = s.IsEmpty, IsInferred = s.IsInferred,
                Languages = s.Languages, ReadMilliseconds = s.ReadMilliseconds, Markdown = "", PlainText = "", StructureJson = "",
            })
            .ToListAsync(cancellationToken);
        return note;
    }

    /// <summary>
    /// The scope a query string names (<see cref="StudyScopeQuery.Parse"/>), with its note and section looked up: one that
    /// does not exist is reported, instead of being studied or exported as an empty deck.
    /// </summary>
    public async Task<ScopeQueryResult> ReadScopeAsync(string? domain, string? note, string? section = null, string? task = null, CancellationToken cancellationToken = default)
    {
        var read = StudyScopeQuery.Parse(domain, note, section, task);
        if (!read.IsValid || read.Scope.NoteSlug is not { } slug)
        {
            return read;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var noteId = await db.Notes.AsNoTracking().Where(n => n.Slug == slug).Select(n => (int?)n.Id).SingleOrDefaultAsync(cancellationToken);
        if (noteId is null)
        {
            return ScopeQueryResult.Unknown($"There is no note '{slug}'.");
        }

        if (read.Scope.SectionAnchor is { } anchor && !await db.Sections.AnyAsync(s => s.NoteId == noteId && s.Anchor == anchor, cancellationToken))
        {
            return ScopeQueryResult.Unknown($"There is no section '{anchor}' in note '{slug}'.");
        }

        return read;
    }

    /// <summary>The most recent import with its per-file results (failures first, then by path), or null before the first import.</summary>
    public async Task<ImportRun?> GetLatestImportAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var run = await db.ImportRuns.AsNoTracking()
            .Include(r => r.Files)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        run?.Files.Sort(FailuresFirstThenByPath);
        return run;
    }

    private static int FailuresFirstThenByPath(ImportFileResult a, ImportFileResult b)
    {
        var byFailure = (b.Outcome == ImportOutcome.Failed).CompareTo(a.Outcome == ImportOutcome.Failed);
        return byFailure != 0 ? byFailure : string.CompareOrdinal(a.Path, b.Path);
    }
}
