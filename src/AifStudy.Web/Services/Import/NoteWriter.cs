using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Services.Search;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Import;

/// <summary>
/// Everything an import writes, on its context and inside its transaction, in the order the calls come: notes whose file is
/// gone removed; each prepared note's row, sections and cards (synced by key, <see cref="CardSync"/>) and its search rows;
/// tracked changes saved in chunks. New rows go through prepared inserts (<see cref="ImportRows"/>), updated notes and
/// changed cards through the change tracker. It times nothing (<see cref="ContentImporter"/> does) and decides nothing
/// about a file (<see cref="FilePreparer"/> did).
/// </summary>
internal sealed class NoteWriter(StudyDbContext db, ImportRows rows, SqliteSearchIndex searchIndex, DateTimeOffset importedAt) : IAsyncDisposable
{
    // Ids only: holding every updated note with its text and sections until the end cost 1.5 GB on a 2,000-note import.
    private readonly List<int> _updated = [];
    private IReadOnlySet<string> _orphanKeys = new HashSet<string>();
    private SqliteSearchIndex.Writer? _searchWriter;
    private SearchRowBuffer _searchRows = new(null);
    private DeferredIndexes? _cardIndexes;

    /// <summary>Prepares the inserts of notes, sections and cards on the context's connection and transaction.</summary>
    public static async Task<NoteWriter> CreateAsync(StudyDbContext db, SqliteSearchIndex searchIndex, DateTimeOffset importedAt, CancellationToken cancellationToken) =>
        new(db, await ImportRows.CreateAsync(db, cancellationToken), searchIndex, importedAt);

    /// <summary>Removes a note whose file is gone: its cards retired (never deleted, their history stays), its sections and row deleted.</summary>
    public async Task RemoveAsync(StoredNote note, CancellationToken cancellationToken)
    {
        await CardSync.RetireCardsOfNoteAsync(db, note.Id, importedAt, cancellationToken);
        await db.Sections.Where(s => s.NoteId == note.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Notes.Where(n => n.Id == note.Id).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Drops the search rows of a removed note.</summary>
    public Task RemoveSearchRowsAsync(StoredNote note, CancellationToken cancellationToken) =>
        searchIndex.RemoveNoteAsync(db, note.Slug, cancellationToken);

    /// <summary>
    /// Gets ready for the notes, after the removals: reads the keys of cards that belong to no note (a removed note's cards
    /// are among them), drops the card indexes when the import loads into an empty card table, opens the search row insert.
    /// </summary>
    public async Task StartNotesAsync(bool noNotesStored, CancellationToken cancellationToken)
    {
        _orphanKeys = await CardSync.OrphanKeysAsync(db, cancellationToken);
        // A first import into an empty database loads every card at once: their indexes are built after the load.
        if (noNotesStored && !await db.Cards.AnyAsync(cancellationToken))
        {
            _cardIndexes = await DeferredIndexes.DropAsync<Card>(db, cancellationToken);
        }

        _searchWriter = await searchIndex.OpenWriterAsync(db, cancellationToken);
        _searchRows = new SearchRowBuffer(_searchWriter);
    }

    /// <summary>
    /// Inserts a new note's row first (its sections and cards need its id), then its sections, then syncs its cards and
    /// inserts the new ones. Returns the synced cards (null without cards), whose ids its search rows need.
    /// </summary>
    public async Task<CardSyncResult?> AddAsync(PreparedFile.New file, CancellationToken cancellationToken)
    {
        if (file.Cards is not null)
        {
            file.Note.CardsVersion = CardSync.Version;
        }

        await rows.AddNoteAsync(file.Note, cancellationToken);
        await rows.AddSectionsAsync(file.Note.Id, file.Sections, cancellationToken);
        if (file.Cards is null)
        {
            return null;
        }

        var synced = await CardSync.SyncAsync(db, file.Note, file.Cards, importedAt, cancellationToken, _orphanKeys);
        await rows.AddCardsAsync(synced.Added, cancellationToken);
        return synced;
    }

    /// <summary>
    /// Keeps a new note's search rows, as prepared, with the ids its sections and cards got (written in batches,
    /// <see cref="SearchRowBuffer"/>). Its slug holds no other rows: a removed note's rows went at the start of the import.
    /// </summary>
    public Task AddSearchRowsAsync(PreparedFile.New file, CardSyncResult? synced, CancellationToken cancellationToken) =>
        _searchRows.AddNoteAsync(SearchRows(file, synced), cancellationToken);

    /// <summary>
    /// Updates a stored note in place (same id; the change is saved with the next chunk), replaces its sections and syncs its
    /// cards. Its search rows are rebuilt before the commit (<see cref="ReindexUpdatedAsync"/>).
    /// </summary>
    public async Task UpdateAsync(PreparedFile.Changed file, CancellationToken cancellationToken)
    {
        var note = await db.Notes.SingleAsync(n => n.Id == file.Stored.Id, cancellationToken);
        file.Content.ApplyTo(note);
        await db.Sections.Where(s => s.NoteId == file.Stored.Id).ExecuteDeleteAsync(cancellationToken);
        await rows.AddSectionsAsync(note.Id, file.Content.Sections, cancellationToken);
        if (file.Cards is not null)
        {
            var synced = await CardSync.SyncAsync(db, note, file.Cards, importedAt, cancellationToken);
            await rows.AddCardsAsync(synced.Added, cancellationToken);
        }

        _updated.Add(note.Id);
    }

    /// <summary>
    /// Saves the tracked changes (updated notes, changed cards) and forgets them. Still one transaction: saving in chunks only
    /// keeps the change tracker (and memory) small.
    /// </summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>After the last note: writes the search rows still kept and closes the search row insert.</summary>
    public async Task FinishSearchRowsAsync(CancellationToken cancellationToken)
    {
        await _searchRows.FlushAsync(cancellationToken);
        await CloseSearchWriterAsync();
    }

    /// <summary>Builds the card indexes again when <see cref="StartNotesAsync"/> dropped them.</summary>
    public async Task CreateDeferredIndexesAsync(CancellationToken cancellationToken)
    {
        if (_cardIndexes is not null)
        {
            await _cardIndexes.CreateAsync(db, cancellationToken);
        }
    }

    /// <summary>Rebuilds the search rows of the updated notes from what is stored; after the last save.</summary>
    public Task ReindexUpdatedAsync(CancellationToken cancellationToken) =>
        searchIndex.ReindexNotesAsync(db, _updated, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await CloseSearchWriterAsync();
        await rows.DisposeAsync();
    }

    // A new note's rows as prepared, with the ids its sections and cards got.
    private static IEnumerable<(SearchEntry Entry, int RefId)> SearchRows(PreparedFile.New file, CardSyncResult? synced)
    {
        for (var i = 0; i < file.Sections.Count; i++)
        {
            yield return (file.SectionEntries[i], file.Sections[i].Id);
        }

        for (var i = 0; synced is not null && i < synced.Cards.Count; i++)
        {
            yield return (file.CardEntries[i], synced.Cards[i].Id);
        }
    }

    private async Task CloseSearchWriterAsync()
    {
        if (_searchWriter is not null)
        {
            await _searchWriter.DisposeAsync();
            _searchWriter = null;
        }
    }
}
