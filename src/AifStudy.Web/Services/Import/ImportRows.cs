using AifStudy.Web.Data;

namespace AifStudy.Web.Services.Import;

/// <summary>
/// Writes the rows an import adds (new notes, every note's sections, new cards) straight to the database with prepared
/// statements (<see cref="RowInserter{T}"/>) on the import's connection and transaction, bypassing the change tracker.
/// </summary>
internal sealed class ImportRows(RowInserter<Note> notes, RowInserter<Section> sections, RowInserter<Card> cards) : IAsyncDisposable
{
    public static async Task<ImportRows> CreateAsync(StudyDbContext db, CancellationToken cancellationToken) =>
        new(
            await RowInserter<Note>.CreateAsync(db, cancellationToken),
            await RowInserter<Section>.CreateAsync(db, cancellationToken),
            await RowInserter<Card>.CreateAsync(db, cancellationToken));

    /// <summary>Inserts a new note (without its sections) and sets its <see cref="Note.Id"/>.</summary>
    public async Task AddNoteAsync(Note note, CancellationToken cancellationToken) =>
        note.Id = checked((int)await notes.InsertAsync(note, cancellationToken));

    /// <summary>Inserts the sections of a note and sets their ids.</summary>
    public async Task AddSectionsAsync(int noteId, IEnumerable<Section> rows, CancellationToken cancellationToken)
    {
        foreach (var section in rows)
        {
            section.NoteId = noteId;
            section.Id = checked((int)await sections.InsertAsync(section, cancellationToken));
        }
    }

    /// <summary>Inserts new cards and sets their ids.</summary>
    public async Task AddCardsAsync(IEnumerable<Card> rows, CancellationToken cancellationToken)
    {
        foreach (var card in rows)
        {
            card.Id = checked((int)await cards.InsertAsync(card, cancellationToken));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await notes.DisposeAsync();
        await sections.DisposeAsync();
        await cards.DisposeAsync();
    }
}
