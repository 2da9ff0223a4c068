using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>The notes a <see cref="StudyScope"/> covers (its section, if any, is narrowed to by the caller), untracked.</summary>
internal static class ScopedNotes
{
    public static IQueryable<Note> Of(StudyDbContext db, StudyScope scope)
    {
        var notes = db.Notes.AsNoTracking();
        if (scope.Domain is { } domain)
        {
            notes = notes.Where(n => n.Domain == domain);
        }

        if (scope.NoteSlug is { } slug)
        {
            notes = notes.Where(n => n.Slug == slug);
        }

        return notes;
    }
}
