using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Services.Search;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Import;

/// <summary>One file of an import: read, compare, parse, store its note, sections, cards and search rows.</summary>
public sealed partial class ContentImporter
{
    /// <summary>
    /// Preparing thread: everything about one file that needs no database (read, compare, parse; for a new note also its
    /// rows, slug, cards and search entries; for a changed one its cards).
    /// </summary>
    private async Task<PreparedFile> PrepareFileAsync(Batch batch, string path, StoredNote? existing, CancellationToken cancellationToken)
    {
        var (hash, text, done) = await ReadFileAsync(batch, path, existing, cancellationToken);
        if (done is not null)
        {
            return new PreparedFile(path, existing, done);
        }

        ParsedNote parsed;
        Note? note = null;
        List<Section>? sections = null;
        try
        {
            using var parse = batch.Times.Measure(ImportPhase.Parse);
            parsed = parser.Parse(text, Path.GetFileName(path));
            if (existing is null)
            {
                note = new Note { Slug = "", SourcePath = path, ContentHash = hash, Title = "", Markdown = "" };
                sections = NoteMapper.Apply(note, parsed, hash, batch.ImportedAt);
            }
        }
#pragma warning disable CA1031 // Any parser bug must fail this one file, not the whole import.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return new PreparedFile(path, existing, Failed(path, $"the parser failed: {ex.Message}", ex));
        }

        var slug = existing?.Slug ?? (note!.Slug = batch.Slugs.Allocate(path));
        var cards = GenerateCards(batch, parsed, slug, path);
        if (note is null)
        {
            return new PreparedFile(path, existing, null) { Hash = hash, Parsed = parsed, Cards = cards };
        }

        using (batch.Times.Measure(ImportPhase.SearchEntries))
        {
            return new PreparedFile(path, existing, null)
            {
                Hash = hash,
                Parsed = parsed,
                NewNote = note,
                Sections = sections,
                Cards = cards,
                SectionEntries = [.. sections!.Select(s => SearchEntry.ForSection(slug, s.Anchor, s.Title, s.PlainText))],
                CardEntries = cards is null ? [] : [.. cards.Select(c => SearchEntry.ForCard(slug, c.SectionAnchor, c.Front, c.Back))],
            };
        }
    }

    /// <summary>
    /// Writing thread: stores a prepared file (a new note with its sections, cards and search rows; a changed one in
    /// place, its search rows rebuilt before the commit) and returns its result.
    /// </summary>
    private async Task<ImportFileResult> StoreFileAsync(Batch batch, PreparedFile file, SearchRowBuffer index, CancellationToken cancellationToken)
    {
        if (file.Done is not null)
        {
            return file.Done;
        }

        var (note, sections) = (file.NewNote, file.Sections);
        if (file.Existing is { } existing)
        {
            note = await batch.Db.Notes.SingleAsync(n => n.Id == existing.Id, cancellationToken);
            try
            {
                using var parse = batch.Times.Measure(ImportPhase.Parse);
                sections = NoteMapper.Apply(note, file.Parsed!, file.Hash, batch.ImportedAt);
            }
#pragma warning disable CA1031 // Any mapping bug must fail this one file, not the whole import.
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                // Forget the half-written note: the stored version stays as it is.
                batch.Db.Entry(note).State = EntityState.Detached;
                return Failed(file.Path, $"the parser failed: {ex.Message}", ex);
            }
        }

        CardSyncResult? synced;
        using (batch.Times.Measure(ImportPhase.Rows))
        {
            synced = await StoreAsync(batch, note!, file.Existing, sections!, file.Cards, cancellationToken);
        }

        if (file.Existing is not null)
        {
            batch.Touched.Add(note!.Id);
        }
        else
        {
            using var time = batch.Times.Measure(ImportPhase.SearchIndex);
            await index.AddNoteAsync(SearchRows(file, sections!, synced), cancellationToken);
        }

        return new ImportFileResult
        {
            Path = file.Path,
            Outcome = file.Existing is null ? ImportOutcome.Added : ImportOutcome.Updated,
            Normalizations = note!.Normalizations,
            Warnings = note.Warnings,
        };
    }

    // A new note's rows as prepared, with the ids its sections and cards got. Its slug holds no other rows: a removed
    // note's rows went at the start of the import.
    private static IEnumerable<(SearchEntry Entry, int RefId)> SearchRows(PreparedFile file, List<Section> sections, CardSyncResult? synced)
    {
        for (var i = 0; i < sections.Count; i++)
        {
            yield return (file.SectionEntries[i], sections[i].Id);
        }

        for (var i = 0; synced is not null && i < synced.Cards.Count; i++)
        {
            yield return (file.CardEntries[i], synced.Cards[i].Id);
        }
    }

    /// <summary>The file's hash and text, or the result when there is nothing more to do (unchanged, unreadable).</summary>
    private async Task<(string Hash, string Text, ImportFileResult? Done)> ReadFileAsync(Batch batch, string path, StoredNote? existing, CancellationToken cancellationToken)
    {
        using var time = batch.Times.Measure(ImportPhase.Read);
        byte[]? bytes;
        string? error;
        try
        {
            if (BeforeReadingFile is { } hook)
            {
                await hook(path);
            }

            (bytes, error) = await NoteFileReader.ReadAsync(batch.Root, path, batch.MaxFileBytes, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ("", "", Failed(path, $"cannot be read: {ex.Message}", ex));
        }

        if (bytes is null)
        {
            return ("", "", Failed(path, error!));
        }

        var hash = NoteFileReader.Hash(bytes);
        // Same bytes parsed by the same parser version: nothing to do. A newer parser re-derives the sections (and a
        // newer card sync the cards).
        if (existing?.ContentHash == hash && existing.ParserVersion == NoteParser.OutputVersion && existing.CardsVersion == CardSync.Version)
        {
            return (hash, "", new ImportFileResult
            {
                Path = path,
                Outcome = ImportOutcome.Unchanged,
                Normalizations = existing.Normalizations,
                Warnings = existing.Warnings,
            });
        }

        var (text, decodeError) = NoteFileReader.Decode(bytes);
        return text is null ? (hash, "", Failed(path, decodeError!)) : (hash, text, null);
    }

    private IReadOnlyList<GeneratedCard>? GenerateCards(Batch batch, ParsedNote parsed, string slug, string path)
    {
        using var time = batch.Times.Measure(ImportPhase.Cards);
        try
        {
            return CardGenerator.Generate(parsed, slug);
        }
#pragma warning disable CA1031 // A generator bug must not cost the note; its cards stay as they are and are retried next import.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogCardsFailed(ex, path);
            return null;
        }
    }

    // A new note's row goes in first (its sections and cards need its id); an updated one is tracked and saved with the
    // next batch. Its sections are replaced; cards are synced by key, new ones inserted, changed ones saved with the batch.
    private static async Task<CardSyncResult?> StoreAsync(Batch batch, Note note, StoredNote? existing, List<Section> sections, IReadOnlyList<GeneratedCard>? cards, CancellationToken cancellationToken)
    {
        if (existing is null)
        {
            if (cards is not null)
            {
                note.CardsVersion = CardSync.Version;
            }

            await batch.Rows.AddNoteAsync(note, cancellationToken);
        }
        else
        {
            await batch.Db.Sections.Where(s => s.NoteId == existing.Id).ExecuteDeleteAsync(cancellationToken);
        }

        await batch.Rows.AddSectionsAsync(note.Id, sections, cancellationToken);
        if (cards is null)
        {
            return null;
        }

        var synced = await CardSync.SyncAsync(batch.Db, note, cards, batch.ImportedAt, cancellationToken, existing is null ? batch.OrphanKeys : null);
        await batch.Rows.AddCardsAsync(synced.Added, cancellationToken);
        return synced;
    }

    private ImportFileResult Failed(string path, string reason, Exception? exception = null)
    {
        LogFileFailed(exception, path, reason);
        return new ImportFileResult { Path = path, Outcome = ImportOutcome.Failed, Message = $"{path}: {reason}" };
    }
}
