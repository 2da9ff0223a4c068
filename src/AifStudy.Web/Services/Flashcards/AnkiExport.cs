using AifStudy.Core.Flashcards.Export;
using AifStudy.Core.Notes;
using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>Active (not retired) cards of a scope as an Anki-importable TSV file, one deck per scope.</summary>
public sealed class AnkiExport(IDbContextFactory<StudyDbContext> dbFactory, CardHtmlRenderer html)
{
    public async Task<(string FileName, byte[] Content)> ExportAsync(StudyScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cards = await db.Cards.AsNoTracking().InScope(scope).Where(c => c.RetiredAt == null)
            .OrderBy(c => c.NoteSlug).ThenBy(c => c.Position)
            .Select(c => new { c.Front, c.Back, c.Domain, c.NoteSlug })
            .ToListAsync(cancellationToken);
        var deck = DeckName(scope);
        var content = AnkiTsvWriter.ToBytes(deck, cards.Select(c => new AnkiExportCard(html.Render(c.Front), html.Render(c.Back), c.Domain, c.NoteSlug)));
        var fileName = "aifstudy" + (scope.NoteSlug is { } n ? "-" + n : scope.Domain is { } d ? $"-domain-{d}" : "") + ".txt";
        return (fileName, content);
    }

    internal static string DeckName(StudyScope scope) => scope switch
    {
        { NoteSlug: { } note } => $"AifStudy::{note}",
        { Domain: { } d } => $"AifStudy::{AifDomains.Find(d)?.Label ?? $"Domain {d}"}",
        _ => "AifStudy",
    };
}
