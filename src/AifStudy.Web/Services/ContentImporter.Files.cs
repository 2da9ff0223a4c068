using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services;

/// <summary>One file of an import: read, compare, parse, store its note, sections and cards.</summary>
public sealed partial class ContentImporter
{
    private async Task<ImportFileResult> ImportFileAsync(Batch batch, string path, StoredNote? existing, CancellationToken cancellationToken)
    {
        var (hash, text, done) = await ReadFileAsync(batch, path, existing, cancellationToken);
        if (done is not null)
        {
            return done;
        }

        var note = existing is null
            ? new Note { Slug = "", SourcePath = path, ContentHash = hash, Title = "", Markdown = "" }
            : await batch.Db.Notes.SingleAsync(n => n.Id == existing.Id, cancellationToken);
        ParsedNote parsed;
        List<Section> sections;
        try
        {
            using var parse = batch.Times.Measure(ImportPhase.Parse);
            parsed = parser.Parse(text, Path.GetFileName(path));
            sections = NoteMapper.Apply(note, parsed, hash, batch.ImportedAt);
        }
#pragma warning disable CA1031 // Any parser bug must fail this one file, not the whole import.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            // Forget the half-written note: the stored version stays as it is.
            batch.Db.Entry(note).State = EntityState.Detached;
            return Failed(path, $"the parser failed: {ex.Message}", ex);
        }

        if (existing is null)
        {
            note.Slug = batch.Slugs.Allocate(path);
        }

        var cards = GenerateCards(batch, parsed, note.Slug, path);
        using (batch.Times.Measure(ImportPhase.Rows))
        {
            await StoreAsync(batch, note, existing, sections, cards, cancellationToken);
        }

        return new ImportFileResult
        {
            Path = path,
            Outcome = existing is null ? ImportOutcome.Added : ImportOutcome.Updated,
            Normalizations = note.Normalizations,
            Warnings = note.Warnings,
        };
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
    private static async Task StoreAsync(Batch batch, Note note, StoredNote? existing, List<Section> sections, IReadOnlyList<GeneratedCard>? cards, CancellationToken cancellationToken)
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
        if (cards is not null)
        {
            var added = await CardSync.SyncAsync(batch.Db, note, cards, batch.ImportedAt, cancellationToken);
            await batch.Rows.AddCardsAsync(added, cancellationToken);
        }

        batch.Touched.Add((note.Id, existing is null));
    }

    private ImportFileResult Failed(string path, string reason, Exception? exception = null)
    {
        LogFileFailed(exception, path, reason);
        return new ImportFileResult { Path = path, Outcome = ImportOutcome.Failed, Message = $"{path}: {reason}" };
    }
}
