using System.Diagnostics;
using System.Globalization;
using System.Text;
using AifStudy.Core.Search;
using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Search;

/// <summary>
/// Searches sections and active cards through the FTS5 index tables kept by <see cref="SqliteSearchIndex"/>: terms of
/// 3+ characters go to the trigram table's <c>MATCH</c>, shorter ones, which trigrams cannot match, to the gram table
/// (<see cref="SearchGramTokens"/>). At most <see cref="RankedCandidates"/> matching rows (the first in index order) are ranked
/// with <see cref="SearchRanking"/>, and only the returned ones get snippets, cut from the original text.
/// On providers other than SQLite it finds nothing.
/// </summary>
public sealed class SearchService(IDbContextFactory<StudyDbContext> dbFactory)
{
    public const int SnippetLength = 160;

    /// <summary>How many matching rows (the first in index order) are read and ranked at most.</summary>
    public const int RankedCandidates = 200;

    /// <summary>
    /// Cards repeat their section's words in a few short lines, which length normalisation favours; halving their
    /// score puts a matching section before the cards made from it.
    /// </summary>
    public const double CardWeight = 0.5;

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

        var terms = query.Terms.Select(t => t.Text).ToList();
        var candidates = await FindAsync(db, query, Math.Max(limit, RankedCandidates), ct);
        var rows = Rank(candidates, terms, limit);
        var hits = await LoadHitsAsync(db, rows, terms, ct);
        var groups = hits.GroupBy(h => h.NoteSlug, StringComparer.Ordinal)
            .Select(g => new NoteHits(g.Key, g.First().NoteTitle, [.. g]))
            .ToList();
        return new SearchResults(raw, groups, hits.Count, stopwatch.Elapsed);
    }

    private static async Task<List<Candidate>> FindAsync(StudyDbContext db, SearchQuery query, int candidates, CancellationToken ct)
    {
        var match = query.ToFtsMatch();
        var grams = new List<string>();
        var unindexed = new List<SearchTerm>();
        foreach (var term in query.ShortTerms)
        {
            if (SearchGramTokens.ForTerm(term.Text) is { } token)
            {
                grams.Add(token);
            }
            else
            {
                unindexed.Add(term);
            }
        }

        var sql = new StringBuilder();
        var verified = new List<SearchTerm>();
        if (grams.Count == 0)
        {
            // Only long terms: the trigram table alone (lazy, fast even for common terms once bm25() is not asked for).
            sql.Append(match is null
                ? "SELECT kind, ref_id, title, body FROM SearchIndex WHERE 1"
                : "SELECT kind, ref_id, title, body FROM SearchIndex WHERE SearchIndex MATCH @match");
        }
        else
        {
            // Short terms: the gram table drives. Long terms in the same query add their bigrams to the gram lookup and
            // are checked on each candidate with instr(), the same substring test the trigram table does; joining the
            // two FTS5 tables by rowid instead makes SQLite run one full-text query per row.
            verified.AddRange(query.IndexedTerms);
            grams.AddRange(verified.SelectMany(t => SearchGramTokens.Necessary(t.Text)));
            sql.Append("SELECT kind, ref_id, title, body FROM SearchGrams CROSS JOIN SearchIndex ON SearchIndex.rowid = SearchGrams.rowid")
                .Append(" WHERE SearchGrams MATCH @grams");
            for (var i = 0; i < verified.Count; i++)
            {
                sql.Append(CultureInfo.InvariantCulture, $" AND (instr(title, @v{i}) > 0 OR instr(body, @v{i}) > 0)");
            }
        }

        // Short terms the gram table cannot hold (a quoted phrase with a space in it) filter the candidates by LIKE.
        for (var i = 0; i < unindexed.Count; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND (title LIKE @p{i} ESCAPE '\\' OR body LIKE @p{i} ESCAPE '\\')");
        }

        sql.Append(" LIMIT @candidates");

        await using var command = await SqliteSearchIndex.CreateCommandAsync(db, sql.ToString(), ct);
        if (grams.Count == 0 && match is not null)
        {
            SqliteSearchIndex.AddParameter(command, "@match", match);
        }

        if (grams.Count > 0)
        {
            SqliteSearchIndex.AddParameter(command, "@grams", string.Join(" AND ", grams.Distinct(StringComparer.Ordinal).Select(g => "\"" + g + "\"")));
        }

        for (var i = 0; i < verified.Count; i++)
        {
            SqliteSearchIndex.AddParameter(command, "@v" + i.ToString(CultureInfo.InvariantCulture), verified[i].Text);
        }

        for (var i = 0; i < unindexed.Count; i++)
        {
            SqliteSearchIndex.AddParameter(command, "@p" + i.ToString(CultureInfo.InvariantCulture), unindexed[i].ToLikePattern());
        }

        SqliteSearchIndex.AddParameter(command, "@candidates", candidates);
        var rows = new List<Candidate>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new Candidate(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3)));
        }

        return rows;
    }

    private static List<IndexHit> Rank(List<Candidate> candidates, List<string> terms, int limit)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        var averageLength = candidates.Average(c => c.Title.Length + c.Body.Length);
        return candidates
            .Select(c => new IndexHit(c.Kind, c.RefId, SearchRanking.Score(c.Title, c.Body, terms, averageLength, c.Kind == SqliteSearchIndex.CardKind ? CardWeight : 1)))
            .OrderBy(h => h.Score)
            .Take(limit)
            .ToList();
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

    private sealed record Candidate(string Kind, int RefId, string Title, string Body);

    private sealed record IndexHit(string Kind, int RefId, double Score);

    private sealed record Source(string NoteSlug, string NoteTitle, string Anchor, string Title, string Body);
}
