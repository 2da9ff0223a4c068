using System.Data.Common;
using AifStudy.Core.Search;
using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AifStudy.Web.Services.Search;

/// <summary>
/// Keeps the SQLite tables <c>SearchIndex</c> (a plain table of folded text, <see cref="SearchText.Fold"/>, one row per
/// section and active card) and <c>SearchGrams</c> (FTS5, its one- and two-character grams, <see cref="SearchGramTokens"/>,
/// same rowid) in line with sections and active cards. The original text stays in Sections and Cards.
/// Every method works on the caller's context, connection and transaction, so the index commits or rolls back with
/// the import. On other providers there is no index and every method does nothing.
/// </summary>
public sealed class SqliteSearchIndex
{
    internal const string SectionKind = "section";
    internal const string CardKind = "card";

    private static readonly string[] InsertParameters = ["@kind", "@ref", "@slug", "@anchor", "@title", "@body", "@grams"];

    /// <summary>
    /// Replaces the index rows of stored notes (an import's updated ones) with their current sections and active cards,
    /// through one prepared insert. New notes' rows are written from memory instead (<see cref="OpenWriterAsync"/>).
    /// </summary>
    public async Task ReindexNotesAsync(StudyDbContext db, IReadOnlyCollection<int> notes, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite() || notes.Count == 0)
        {
            return;
        }

        await using var writer = await Writer.CreateAsync(db, cancellationToken);
        foreach (var noteId in notes)
        {
            var slug = await db.Notes.AsNoTracking().Where(n => n.Id == noteId).Select(n => n.Slug).SingleOrDefaultAsync(cancellationToken);
            if (slug is null)
            {
                continue;
            }

            await DeleteAsync(db, slug, cancellationToken);
            await InsertAsync(db, writer, db.Sections.Where(s => s.NoteId == noteId), db.Cards.Where(c => c.NoteId == noteId), cancellationToken);
        }
    }

    /// <summary>
    /// Opens the prepared insert of index rows on the context's connection and transaction, for a caller that has the
    /// rows in memory (an import's new notes); <c>null</c> on providers other than SQLite, which have no index.
    /// </summary>
    public async Task<Writer?> OpenWriterAsync(StudyDbContext db, CancellationToken cancellationToken = default) =>
        db.Database.IsSqlite() ? await Writer.CreateAsync(db, cancellationToken) : null;

    /// <summary>Drops the index rows of a note that is gone.</summary>
    public async Task RemoveNoteAsync(StudyDbContext db, string noteSlug, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            await DeleteAsync(db, noteSlug, cancellationToken);
        }
    }

    /// <summary>
    /// Builds the whole index from scratch when sections exist but the index or its gram table is empty (a database
    /// from before search, or right after a migration that changed the index tables and emptied them).
    /// </summary>
    public async Task<bool> RebuildIfEmptyAsync(StudyDbContext db, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite()
            || (await CountAsync(db, cancellationToken) > 0 && await HasGramsAsync(db, cancellationToken))
            || !await db.Sections.AnyAsync(cancellationToken))
        {
            return false;
        }

        await RebuildAsync(db, cancellationToken);
        return true;
    }

    /// <summary>Empties the index and fills it again from every section and active card.</summary>
    public async Task RebuildAsync(StudyDbContext db, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        var ownTransaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        await using (ownTransaction)
        {
            await using (var delete = await CreateCommandAsync(db,
                "DELETE FROM SearchIndex; INSERT INTO SearchGrams (SearchGrams) VALUES ('delete-all');", cancellationToken))
            {
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var writer = await Writer.CreateAsync(db, cancellationToken))
            {
                await InsertAsync(db, writer, db.Sections, db.Cards.Where(c => c.NoteId != null), cancellationToken);
            }

            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
        }
    }

    internal static async Task<long> CountAsync(StudyDbContext db, CancellationToken cancellationToken)
    {
        await using var count = await CreateCommandAsync(db, "SELECT count(*) FROM SearchIndex", cancellationToken);
        return (long)(await count.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<bool> HasGramsAsync(StudyDbContext db, CancellationToken cancellationToken)
    {
        await using var any = await CreateCommandAsync(db, "SELECT EXISTS (SELECT 1 FROM SearchGrams)", cancellationToken);
        return (long)(await any.ExecuteScalarAsync(cancellationToken))! != 0;
    }

    /// <summary>A command on the context's connection, enlisted in its current transaction.</summary>
    internal static async Task<DbCommand> CreateCommandAsync(StudyDbContext db, string sql, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    internal static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static async Task DeleteAsync(StudyDbContext db, string slug, CancellationToken cancellationToken)
    {
        await using var delete = await CreateCommandAsync(db, """
            DELETE FROM SearchGrams WHERE rowid IN (SELECT id FROM SearchIndex WHERE note_slug = @slug);
            DELETE FROM SearchIndex WHERE note_slug = @slug;
            """, cancellationToken);
        AddParameter(delete, "@slug", slug);
        await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task InsertAsync(StudyDbContext db, Writer writer, IQueryable<Section> sections, IQueryable<Card> cards, CancellationToken cancellationToken)
    {
        var sectionRows = await sections.AsNoTracking()
            .Select(s => new { s.Id, Slug = s.Note!.Slug, s.Anchor, s.Title, s.PlainText })
            .ToListAsync(cancellationToken);
        foreach (var s in sectionRows)
        {
            await writer.WriteAsync(SearchEntry.ForSection(s.Slug, s.Anchor, s.Title, s.PlainText), s.Id, cancellationToken);
        }

        var cardRows = await cards.AsNoTracking().Where(c => c.RetiredAt == null)
            .Select(c => new { c.Id, c.NoteSlug, c.SectionAnchor, c.Front, c.Back })
            .ToListAsync(cancellationToken);
        foreach (var c in cardRows)
        {
            await writer.WriteAsync(SearchEntry.ForCard(c.NoteSlug, c.SectionAnchor, c.Front, c.Back), c.Id, cancellationToken);
        }
    }

    /// <summary>
    /// The prepared insert of one index row and its grams, reused for every row of a reindex or an import. Opening it also
    /// makes sure the gram table buffers up to <see cref="PendingBytes"/> of new terms in memory before writing a segment:
    /// with FTS5's default (1 MB) a bulk import writes and merges many small segments.
    /// </summary>
    public sealed class Writer : IAsyncDisposable
    {
        private const int PendingBytes = 32 * 1024 * 1024;

        private readonly DbCommand _insert;
        private readonly DbParameter[] _parameters;

        private Writer(DbCommand insert, DbParameter[] parameters) => (_insert, _parameters) = (insert, parameters);

        internal static async Task<Writer> CreateAsync(StudyDbContext db, CancellationToken cancellationToken)
        {
            await using (var size = await CreateCommandAsync(db, "SELECT v FROM SearchGrams_config WHERE k = 'hashsize'", cancellationToken))
            {
                if (await size.ExecuteScalarAsync(cancellationToken) is not long current || current != PendingBytes)
                {
                    await using var set = await CreateCommandAsync(db,
                        $"INSERT INTO SearchGrams (SearchGrams, rank) VALUES ('hashsize', {PendingBytes})", cancellationToken);
                    await set.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            var insert = await CreateCommandAsync(db,
                """
                INSERT INTO SearchIndex (kind, ref_id, note_slug, anchor, title, body) VALUES (@kind, @ref, @slug, @anchor, @title, @body);
                INSERT INTO SearchGrams (rowid, grams) VALUES (last_insert_rowid(), @grams);
                """,
                cancellationToken);
            var parameters = InsertParameters.Select(name =>
            {
                var p = insert.CreateParameter();
                p.ParameterName = name;
                insert.Parameters.Add(p);
                return p;
            }).ToArray();
            await insert.PrepareAsync(cancellationToken);
            return new Writer(insert, parameters);
        }

        /// <summary>Writes the row of <paramref name="entry"/> for the section or card <paramref name="refId"/>.</summary>
        public async Task WriteAsync(SearchEntry entry, int refId, CancellationToken cancellationToken = default)
        {
            _parameters[0].Value = entry.Kind;
            _parameters[1].Value = refId;
            _parameters[2].Value = entry.NoteSlug;
            _parameters[3].Value = entry.Anchor;
            _parameters[4].Value = entry.Title;
            _parameters[5].Value = entry.Body;
            _parameters[6].Value = entry.Grams;
            await _insert.ExecuteNonQueryAsync(cancellationToken);
        }

        public ValueTask DisposeAsync() => _insert.DisposeAsync();
    }
}
