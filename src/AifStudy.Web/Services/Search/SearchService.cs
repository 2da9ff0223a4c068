using System.Diagnostics;
using System.Globalization;
using System.Text;
using AifStudy.Core.Search;
using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Search;

/// <summary>
/// Searches sections and active cards through the tables kept by <see cref="SqliteSearchIndex"/>: the gram table
/// (<see cref="SearchGramTokens"/>) finds the rows holding every term's grams, and terms of 3+ characters are checked on
/// those rows' folded text. At most <see cref="RankedCandidates"/> matching rows (the first in index order) are ranked
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
        // Every term narrows the rows through the gram table: a 1-2 character term by its own token, which holds exactly
        // when the term occurs; a longer term (or a phrase with a space) by its necessary grams, then checked on each
        // candidate with instr() on the folded text. One MATCH drives the query and the plain table is read by rowid.
        var grams = new List<string>();
        var verified = new List<SearchTerm>();
        foreach (var term in query.Terms)
        {
            if (SearchGramTokens.ForTerm(term.Text) is { } token)
            {
                grams.Add(token);
            }
            else
            {
                grams.AddRange(SearchGramTokens.Necessary(term.Text));
                verified.Add(term);
            }
        }

        var sql = new StringBuilder(grams.Count == 0
            ? "SELECT kind, ref_id, title, body FROM SearchIndex WHERE 1"
            : "SELECT kind, ref_id, title, body FROM SearchGrams CROSS JOIN SearchIndex ON SearchIndex.id = SearchGrams.rowid WHERE SearchGrams MATCH @grams");
        for (var i = 0; i < verified.Count; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND (instr(title, @v{i}) > 0 OR instr(body, @v{i}) > 0)");
        }

        sql.Append(" LIMIT @candidates");

        await using var command = await SqliteSearchIndex.CreateCommandAsync(db, sql.ToString(), ct);
        if (grams.Count > 0)
        {
            SqliteSearchIndex.AddParameter(command, "@grams", string.Join(" AND ", grams.Distinct(StringComparer.Ordinal).Select(g => "\"" + g + "\"")));
        }

        for (var i = 0; i < verified.Count; i++)
        {
            SqliteSearchIndex.AddParameter(command, "@v" + i.ToString(CultureInfo.InvariantCulture), verified[i].Text);
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
