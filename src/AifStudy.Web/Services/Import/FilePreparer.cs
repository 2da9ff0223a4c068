using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Search;

namespace AifStudy.Web.Services.Import;

/// <summary>
/// What the import does with one file before the database: read it, compare it with the stored note, decode, parse and map
/// it to rows, generate its cards and, for a new note, give it a slug and make its search entries. No database access: it
/// runs on the preparing thread, ahead of <see cref="NoteWriter"/>. A file that cannot be used becomes
/// <see cref="PreparedFile.Failed"/> (and is logged); it never fails the import. One per import (it hands out the run's new
/// slugs); it times its own steps into the run's <see cref="ImportTimings"/>, as they happen inside one call on the
/// preparing thread.
/// </summary>
internal sealed class FilePreparer(
    NoteParser parser,
    ContentOptions settings,
    DateTimeOffset importedAt,
    SlugAllocator slugs,
    ImportTimings times,
    ILogger logger,
    Func<string, Task>? beforeReading = null)
{
    /// <summary>Prepares the file at <paramref name="path"/> (relative to the content folder); <paramref name="stored"/> is its stored note, if any.</summary>
    public async Task<PreparedFile> PrepareAsync(string path, StoredNote? stored, CancellationToken cancellationToken)
    {
        var (settled, hash, text) = await ReadAsync(path, stored, cancellationToken);
        if (settled is not null)
        {
            return settled;
        }

        ParsedNote parsed;
        NoteContent content;
        try
        {
            using var parse = times.Measure(ImportPhase.Parse);
            parsed = parser.Parse(text, Path.GetFileName(path));
            content = NoteMapper.Map(parsed, hash, importedAt);
        }
#pragma warning disable CA1031 // Any parser or mapping bug must fail this one file, not the whole import.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return Fail(path, $"the parser failed: {ex.Message}", ex);
        }

        if (stored is not null)
        {
            return new PreparedFile.Changed(path, stored, content, GenerateCards(parsed, stored.Slug, path));
        }

        // Only a file that parsed takes a slug: a failed one must not push the next note's slug to "-2".
        var slug = slugs.Allocate(path);
        var cards = GenerateCards(parsed, slug, path);
        var note = new Note { Slug = slug, SourcePath = path, ContentHash = hash, Title = "", Markdown = "" };
        content.ApplyTo(note);
        using (times.Measure(ImportPhase.SearchEntries))
        {
            return new PreparedFile.New(
                path,
                note,
                content.Sections,
                cards,
                [.. content.Sections.Select(s => SearchEntry.ForSection(slug, s.Anchor, s.Title, s.PlainText))],
                cards is null ? [] : [.. cards.Select(c => SearchEntry.ForCard(slug, c.SectionAnchor, c.Front, c.Back))]);
        }
    }

    /// <summary>The file's hash and text, or its outcome when there is nothing more to do (unchanged, unusable).</summary>
    private async Task<(PreparedFile? Settled, string Hash, string Text)> ReadAsync(string path, StoredNote? stored, CancellationToken cancellationToken)
    {
        using var time = times.Measure(ImportPhase.Read);
        byte[]? bytes;
        string? error;
        try
        {
            if (beforeReading is { } hook)
            {
                await hook(path);
            }

            (bytes, error) = await NoteFileReader.ReadAsync(settings.Path, path, settings.MaxFileBytes, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (Fail(path, $"cannot be read: {ex.Message}", ex), "", "");
        }

        if (bytes is null)
        {
            return (Fail(path, error!), "", "");
        }

        var hash = NoteFileReader.Hash(bytes);
        if (stored is not null && stored.IsCurrent(hash))
        {
            return (new PreparedFile.Unchanged(path, stored), hash, "");
        }

        var (text, decodeError) = NoteFileReader.Decode(bytes);
        return text is null ? (Fail(path, decodeError!), hash, "") : (null, hash, text);
    }

    private IReadOnlyList<GeneratedCard>? GenerateCards(ParsedNote parsed, string slug, string path)
    {
        using var time = times.Measure(ImportPhase.Cards);
        try
        {
            return CardGenerator.Generate(parsed, slug);
        }
#pragma warning disable CA1031 // A generator bug must not cost the note; its cards stay as they are and are retried next import.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            logger.LogCardsFailed(ex, path);
            return null;
        }
    }

    private PreparedFile.Failed Fail(string path, string reason, Exception? exception = null)
    {
        logger.LogFileFailed(exception, path, reason);
        return new PreparedFile.Failed(path, reason);
    }
}
