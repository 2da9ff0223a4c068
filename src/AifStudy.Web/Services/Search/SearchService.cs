using System.Diagnostics;
using System.Globalization;
using System.Text;
using AifStudy.Core.Search;
using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Search;

/// <summary>
/// Searches sections and active cards through the FTS5 trigram index: terms of 3+ characters go to <c>MATCH</c>
/// (ranked by bm25), shorter ones, which trigrams cannot match, filter with <c>LIKE</c> on the same folded columns.
/// Snippets are cut from the original text. On providers other than SQLite it finds nothing (no LIKE fallback yet).
/// </summary>
public sealed class SearchService(IDbContextFactory<StudyDbContext> dbFactory)
{
    public const int SnippetLength = 160;

    /// <summary>How many full-text matches are ranked by bm25 at most (in index order beyond that).</summary>
    public const int RankedCandidates = 500;

    public async Task<SearchResults> SearchAsync(string raw, int limit = 50, CancellationToken ct = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var query = SearchQuery.Parse(raw);
        if (query.IsEmpty || limit <= 0)
        {
            return SearchResults.Empty(raw ?? "", stopwatch.Elapsed);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!db.Database.IsSqlite())
        {
            return SearchResults.Empty(raw, stopwatch.Elapsed);
        }

        var rows = await FindAsync(db, query, limit, ct);
        var hits = await LoadHitsAsync(db, rows, query.Terms.Select(t => t.Text).ToList(), ct);
        var groups = hits.GroupBy(h => h.NoteSlug, StringComparer.Ordinal)
            .Select(g => new NoteHits(g.Key, g.First().NoteTitle, [.. g]))
            .ToList();
        return new SearchResults(raw, groups, hits.Count, stopwatch.Elapsed);
    }

    private static async Task<List<IndexHit>> FindAsync(StudyDbContext db, SearchQuery query, int limit, CancellationToken ct)
    {
        var match = query.ToFtsMatch();
        var sql = new StringBuilder(match is null
            ? "SELECT kind, ref_id, 0.0 FROM SearchIndex WHERE 1"
            : "SELECT kind, ref_id, score FROM (SELECT kind, ref_id, bm25(SearchIndex) AS score FROM SearchIndex WHERE SearchIndex MATCH @match");
        var shortTerms = query.ShortTerms;
        for (var i = 0; i < shortTerms.Count; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND (title LIKE @p{i} ESCAPE '\\' OR body LIKE @p{i} ESCAPE '\\')");
        }

        // bm25 over every match of a very common term costs ~100 ms at 100k sections; ranking only the first
        // RankedCandidates matches keeps that bounded, and is exact whenever there are fewer.
        sql.Append(match is null ? " LIMIT @n" : " LIMIT @candidates) ORDER BY score LIMIT @n");

        await using var command = await SqliteSearchIndex.CreateCommandAsync(db, sql.ToString(), ct);
        if (match is not null)
        {
            SqliteSearchIndex.AddParameter(command, "@match", match);
        }

        for (var i = 0; i < shortTerms.Count; i++)
        {
            SqliteSearchIndex.AddParameter(command, "@p" + i.ToString(CultureInfo.InvariantCulture), shortTerms[i].ToLikePattern());
        }

        if (match is not null)
        {
            SqliteSearchIndex.AddParameter(command, "@candidates", Math.Max(limit, RankedCandidates));
        }

        SqliteSearchIndex.AddParameter(command, "@n", limit);
        var rows = new List<IndexHit>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new IndexHit(reader.GetString(0), reader.GetInt32(1), reader.GetDouble(2)));
        }

        return rows;
    }

    private static async Task<List<SearchHit>> LoadHitsAsync(StudyDbContext db, List<IndexHit> rows, List<string> terms, CancellationToken ct)
    {
        var sectionIds = rows.Where(r => r.Kind == SqliteSearchIndex.SectionKind).Select(r => r.RefId).ToList();
        var cardIds = rows.Where(r => r.Kind == SqliteSearchIndex.CardKind).Select(r => r.RefId).ToList();
        var sections = await db.Sections.AsNoTracking().Where(s => sectionIds.Contains(s.Id))
            .Select(s => new { s.Id, Source = new Source(s.Note!.Slug, s.Note.Title, s.Anchor, s.PathText, s.PlainText) })
            .ToDictionaryAsync(s => s.Id, s => s.Source, ct);
        var cards = await db.Cards.AsNoTracking().Where(c => cardIds.Contains(c.Id))
            .Select(c => new { c.Id, Source = new Source(c.NoteSlug, c.Note != null ? c.Note.Title : c.NoteSlug, c.SectionAnchor, c.Subject, c.Front + "\n" + c.Back) })
            .ToDictionaryAsync(c => c.Id, c => c.Source, ct);

        var hits = new List<SearchHit>(rows.Count);
        foreach (var row in rows)
        {
            // A row whose source vanished since (a concurrent import) is skipped rather than shown empty.
            var source = row.Kind == SqliteSearchIndex.SectionKind ? sections.GetValueOrDefault(row.RefId) : cards.GetValueOrDefault(row.RefId);
            if (source is null)
            {
                continue;
            }

            var snippet = Highlighter.Snippet(source.Body, terms, SnippetLength);
            hits.Add(new SearchHit(row.Kind, source.NoteSlug, source.NoteTitle, source.Anchor, source.Title, snippet, row.Score));
        }

        return hits;
    }

    private sealed record IndexHit(string Kind, int RefId, double Score);

    private sealed record Source(string NoteSlug, string NoteTitle, string Anchor, string Title, string Body);
}
